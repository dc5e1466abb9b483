package echanges.forum;

public enum NotificationKind {
    MENTIONED, REPLIED, POSTED,
    /** A challenge the person follows changed by an addendum (s. 9). */
    ADDENDUM,
    /** The body answered a question about a challenge the person follows (s. 9: answers go to every supplier). */
    ANSWERED
}
