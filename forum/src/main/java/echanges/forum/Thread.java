package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A discussion; {@code subject} is the challenge or component it is about, if any. */
public record Thread(String id, String title, @Nullable Subject subject, @Nullable String categoryId, String authorId,
                     Instant createdAt, Instant lastActivityAt, boolean pinned, boolean locked, @Nullable String acceptedPostId,
                     int postCount, int voteCount) {

    public boolean solved() {
        return acceptedPostId != null;
    }
}
