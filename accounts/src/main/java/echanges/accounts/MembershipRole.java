package echanges.accounts;

/** What a person may do for an organisation. */
public enum MembershipRole {
    /** Acts for a public body: drafts and publishes its challenges. */
    OFFICER,
    /** Acts for a supplier: submits its proposals. */
    REPRESENTATIVE,
    /** Belongs without acting for the organisation. */
    MEMBER
}
