package echanges.procurement.lifecycle;

/** What a body, or the clock, does to a challenge. */
public enum Step {
    /** The body publishes its draft: open for questions and proposals. */
    PUBLISH,
    /** The closing time passes: proposals are opened (s. 11, s. 20). */
    CLOSE,
    /** The body shortlists finalists for a demo stage (seed 002). */
    SHORTLIST,
    /** The body awards the contract (s. 13, Sch. 1, Sch. 2). */
    AWARD,
    /** No acceptable proposal: the call ends without an award. */
    DECLARE_UNSUCCESSFUL,
    /** The body withdraws its call while it is open, before any proposal is opened. */
    WITHDRAW,
    /** The body cancels after closing, before awarding (it is not bound to accept any proposal, s. 4). */
    CANCEL
}
