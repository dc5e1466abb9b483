package echanges.forum;

public enum NotificationKind {
    MENTIONED, REPLIED, POSTED,
    /** A challenge the person follows changed by an addendum (s. 9). */
    ADDENDUM
}
