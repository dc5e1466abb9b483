package echanges.catalogue;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why the catalogue refused a request. */
public sealed abstract class CatalogueException extends EchangesException {

    CatalogueException(String message) {
        super(message);
    }

    public static final class InvalidComponent extends CatalogueException {
        InvalidComponent(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    public static final class ComponentNotFound extends CatalogueException {
        ComponentNotFound(String id) { super("no component has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    /** Only the issuing body's officers may say what was delivered for its challenge. */
    public static final class NotAnOfficer extends CatalogueException {
        NotAnOfficer(String bodyId) { super("only an officer of the public body " + bodyId + " may do this"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }
}
