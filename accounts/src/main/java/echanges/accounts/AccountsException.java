package echanges.accounts;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why the accounts module refused a request. */
public sealed abstract class AccountsException extends EchangesException {

    AccountsException(String message) {
        super(message);
    }

    public static final class InvalidRegistration extends AccountsException {
        InvalidRegistration(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** The email or handle is already someone's. */
    public static final class AlreadyTaken extends AccountsException {
        AlreadyTaken(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    /** Deliberately vague: it never tells which of email or password was wrong. */
    public static final class InvalidCredentials extends AccountsException {
        InvalidCredentials() { super("the email or the password is wrong"); }
        @Override public ErrorCode code() { return ErrorCode.UNAUTHENTICATED; }
    }

    public static final class PersonNotFound extends AccountsException {
        PersonNotFound(String id) { super("no person has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class NotAModerator extends AccountsException {
        NotAModerator() { super("only a moderator may do this"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    public static final class OrganizationNotFound extends AccountsException {
        OrganizationNotFound(String id) { super("no public body or supplier has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }
}
