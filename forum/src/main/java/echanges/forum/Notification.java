package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Something that happened for a person. */
public record Notification(String id, String personId, NotificationKind kind, @Nullable String postId, @Nullable String threadId,
                           @Nullable String challengeId, @Nullable String actorId, Instant createdAt, boolean read,
                           @Nullable String componentId) {
}
