package echanges.forum;

/** Event: a person has a new notification. */
public record NotificationCreated(String personId, String notificationId) {
}
