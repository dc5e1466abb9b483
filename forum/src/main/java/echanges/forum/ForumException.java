package echanges.forum;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why the forum refused a request. */
public sealed abstract class ForumException extends EchangesException {

    ForumException(String message) {
        super(message);
    }

    public static final class InvalidPost extends ForumException {
        InvalidPost(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    public static final class PostNotFound extends ForumException {
        PostNotFound(String id) { super("no post has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    /** The challenge or component to discuss does not exist or may not be seen. */
    public static final class SubjectNotFound extends ForumException {
        SubjectNotFound(Subject subject) { super("no " + subject.kind().name().toLowerCase(java.util.Locale.ROOT) + " has the id " + subject.id()); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }
}
