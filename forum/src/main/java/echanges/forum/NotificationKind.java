package echanges.forum;

public enum NotificationKind {
    MENTIONED, REPLIED, POSTED
}
