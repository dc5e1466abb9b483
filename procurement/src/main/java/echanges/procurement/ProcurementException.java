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

    public static final class PersonNotFound extends ProcurementException {
        public PersonNotFound(String id) { super("no person has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    /** Not a member of the challenge's selection committee, or not one who may do this (recused, or not its secretary). */
    public static final class NotOnTheCommittee extends ProcurementException {
        public NotOnTheCommittee(String challengeId) { super("only a member of the selection committee of " + challengeId + " who may act here can do this"); }
        @Override public ErrorCode code() { return ErrorCode.FORBIDDEN; }
    }

    /** Unknown, or a performance report the viewer is not a party to: both answer the same. */
    public static final class ContractNotFound extends ProcurementException {
        public ContractNotFound(String id) { super("no contract or report has the id " + id); }
        @Override public ErrorCode code() { return ErrorCode.NOT_FOUND; }
    }

    /** s. 15.3: the winning price looks unusually low; the body records it as justified, or rejects the proposal, before the award. */
    public static final class UnusuallyLowPrice extends ProcurementException {
        public UnusuallyLowPrice(String proposalId) {
            super("the winning price of proposal " + proposalId + " looks unusually low (s. 15.3): record the supplier's justification as accepted "
                    + "(finding priceJustified) or reject the proposal (s. 15.4) before the award");
        }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }
}
