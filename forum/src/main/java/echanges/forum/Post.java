package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message of a thread, in Markdown as written. */
public record Post(String id, String threadId, String authorId, String body, @Nullable String replyToId, Instant createdAt) {
}
