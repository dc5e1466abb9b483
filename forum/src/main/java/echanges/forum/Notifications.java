package echanges.forum;

import echanges.platform.Connection;

/** A page of a person's notifications and how many are unread in all. */
public record Notifications(Connection<Notification> page, long unreadCount) {
}
