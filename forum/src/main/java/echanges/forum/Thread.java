package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A discussion; {@code subject} is the challenge or component it is about, if any. */
public record Thread(String id, String title, @Nullable Subject subject, String authorId, Instant createdAt, Instant lastActivityAt) {
}
