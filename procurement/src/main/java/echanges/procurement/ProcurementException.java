package echanges.procurement;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why the procurement module refused a request; the message names the rule and the value. */
public sealed abstract class ProcurementException extends EchangesException {

    ProcurementException(String message) {
        super(message);
    }

    /** Unknown, or a draft the viewer may not see: both answer the same, so drafts stay secret. */
    public static final class ChallengeNotFound extends ProcurementException {
        public ChallengeNotFound(String id) { super("no challenge has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class PublicBodyNotFound extends ProcurementException {
        public PublicBodyNotFound(String id) { super("no public body has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class NotAnOfficer extends ProcurementException {
        public NotAnOfficer(String bodyId) { super("only an officer of the public body " + bodyId + " may do this"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** A notice that breaks a rule: budget, dates, missing contents. */
    public static final class InvalidNotice extends ProcurementException {
        public InvalidNotice(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    public static final class InvalidProposal extends ProcurementException {
        public InvalidProposal(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** Unknown, or sealed from this viewer: both answer the same, so a sealed proposal stays secret. */
    public static final class ProposalNotFound extends ProcurementException {
        public ProposalNotFound(String id) { super("no proposal has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    public static final class NotARepresentative extends ProcurementException {
        public NotARepresentative(String supplierId) { super("only a representative of the supplier " + supplierId + " may do this"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** The challenge is not in a state that allows this step. */
    public static final class WrongStatus extends ProcurementException {
        public WrongStatus(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }
}
