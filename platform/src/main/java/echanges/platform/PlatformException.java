package echanges.platform;

/** Refusals that come from the shared conventions rather than from a domain rule. */
public sealed abstract class PlatformException extends EchangesException {

    PlatformException(String message) {
        super(message);
    }

    /** A page size, cursor, id or tag that does not follow the API conventions. */
    public static final class InvalidArgument extends PlatformException {
        public InvalidArgument(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.BAD_USER_INPUT;
        }
    }

    /** The request needs a signed-in person. */
    public static final class Unauthenticated extends PlatformException {
        public Unauthenticated(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.UNAUTHENTICATED;
        }
    }
}
