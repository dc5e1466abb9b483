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

    /** Releases and dependencies are declared by who maintains the component. */
    public static final class NotAMaintainer extends CatalogueException {
        NotAMaintainer(String componentId) {
            super("only who added component " + componentId + ", an officer of the body that paid for it or its supplier's representative may do this");
        }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** One component per repository: the repository URL is publiccode.yml's identifier of the software. */
    public static final class AlreadyCatalogued extends CatalogueException {
        AlreadyCatalogued(String url, String componentId) { super("the repository " + url + " is already in the catalogue as component " + componentId); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    public static final class ReleaseExists extends CatalogueException {
        ReleaseExists(String componentId, String version) { super("component " + componentId + " already has a release " + version); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    /** Dependencies between our components must stay acyclic; the message shows the cycle. */
    public static final class DependencyCycle extends CatalogueException {
        DependencyCycle(String path) { super("this dependency would close a cycle: " + path); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    public static final class UseNotFound extends CatalogueException {
        UseNotFound(String bodyId, String componentId) { super("public body " + bodyId + " does not declare using component " + componentId); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }
}
