package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person's flag on a post. */
public record Flag(FlagReason reason, @Nullable String text, String flaggedById, Instant createdAt) {
}
