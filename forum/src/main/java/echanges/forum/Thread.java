package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A discussion; {@code subject} is the challenge or component it is about, if any. A question is
 * a supplier's clarification request about a challenge: its asker is shown to nobody else;
 * {@code lateQuestion} when it came less than 3 business days before closing (the body may
 * decline it, s. 9), {@code declined} when the body did.
 */
public record Thread(String id, String title, @Nullable Subject subject, @Nullable String categoryId, String authorId,
                     Instant createdAt, Instant lastActivityAt, boolean pinned, boolean locked, @Nullable String acceptedPostId,
                     int postCount, int voteCount, boolean question, boolean lateQuestion, boolean declined) {

    public boolean solved() {
        return acceptedPostId != null;
    }
}
