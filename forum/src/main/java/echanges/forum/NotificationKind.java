package echanges.forum;

public enum NotificationKind {
    MENTIONED, REPLIED, POSTED,
    /** A challenge the person follows changed by an addendum (s. 9). */
    ADDENDUM,
    /** The body answered a question about a challenge the person follows (s. 9: answers go to every supplier). */
    ANSWERED,
    /** A new item matches one of the person's saved searches (the search module's alert). */
    SEARCH_ALERT,
    /** The body decided a challenge the person's supplier filed a proposal for: its result is ready (s. 26). */
    AWARD_RESULT,
    /** A challenge the person follows changed stage: shortlisted finalists, a decision, a cancellation. */
    CHALLENGE_UPDATED,
    /** A component the person watches or tracks has a new release. */
    COMPONENT_RELEASED,
    /** A public body declared that it uses a component the person watches or tracks. */
    COMPONENT_USED
}
