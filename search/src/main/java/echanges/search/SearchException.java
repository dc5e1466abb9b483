package echanges.search;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why a search was refused. */
public sealed abstract class SearchException extends EchangesException {

    SearchException(String message) {
        super(message);
    }

    SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public static final class InvalidQuery extends SearchException {
        InvalidQuery(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** No saved search of the viewer has this id (another person's is not revealed either). */
    public static final class SavedSearchNotFound extends SearchException {
        SavedSearchNotFound(String id) { super("no saved search " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class NotAModerator extends SearchException {
        NotAModerator() { super("only a moderator may check and repair the search indexes"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** Elasticsearch did not answer; writes are unaffected (they wait in the outbox). */
    public static final class Unavailable extends SearchException {
        Unavailable(Throwable cause) { super("search is unavailable for a moment; try again shortly", cause); }
        @Override public ErrorCode code() { return ErrorCode.SERVICE_UNAVAILABLE; }
    }
}
