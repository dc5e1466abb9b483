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

    public static final class ThreadNotFound extends ForumException {
        ThreadNotFound(String id) { super("no thread has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class CategoryNotFound extends ForumException {
        CategoryNotFound(String id) { super("no category has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    /** The viewer may not do this to this post or thread (not its author, not a moderator, suspended…). */
    public static final class NotAllowed extends ForumException {
        NotAllowed(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** The thread, post or flag is not in a state that allows this. */
    public static final class WrongState extends ForumException {
        WrongState(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    /** A posting limit of new accounts; says when to try again. */
    public static final class LimitReached extends ForumException {
        private final java.time.Instant retryAt;

        LimitReached(String message, java.time.Instant retryAt) {
            super(message);
            this.retryAt = retryAt;
        }

        public java.time.Instant retryAt() { return retryAt; }
        @Override public ErrorCode code() { return ErrorCode.RATE_LIMITED; }
        @Override public java.util.Map<String, Object> extensions() { return java.util.Map.of("retryAt", retryAt.toString()); }
    }

    /** The challenge or component to discuss does not exist or may not be seen. */
    public static final class SubjectNotFound extends ForumException {
        SubjectNotFound(Subject subject) { super("no " + subject.kind().name().toLowerCase(java.util.Locale.ROOT) + " has the id " + subject.id()); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }
}
