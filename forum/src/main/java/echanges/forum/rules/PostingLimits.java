package echanges.forum.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.forum.rules.LimitExceeded.FirstDayLimitReached;
import echanges.forum.rules.LimitExceeded.PostingTooFast;
import echanges.forum.rules.LimitExceeded.TooManyLinks;
import echanges.forum.rules.LimitExceeded.TooManyMentions;

/**
 * Whether someone may publish a post now, after Discourse's rate limits for new users: what a
 * spammer or a runaway script needs is many posts, many threads and many links, fast, from a
 * fresh account; what a newcomer needs is a question or two, which these limits never stop.
 * <ul>
 * <li>Any post: at most {@link ForumSettings#mentionsPerPost()} mentions, since each one notifies
 *     someone.</li>
 * <li>{@link TrustLevel#NEW}: at most {@link ForumSettings#newUserLinks()} links a post.</li>
 * <li>{@link TrustLevel#NEW} and {@link TrustLevel#BASIC}: a post at most every
 *     {@link ForumSettings#postInterval()}; from {@link TrustLevel#MEMBER}, every
 *     {@link ForumSettings#memberPostInterval()}, which only stops double submissions.</li>
 * <li>{@link TrustLevel#NEW}, during the {@linkplain #FIRST_DAY first day} after registration: at
 *     most {@link ForumSettings#firstDayThreads()} threads and {@link ForumSettings#firstDayReplies()}
 *     replies. Reaching {@link TrustLevel#BASIC}, possible within minutes of reading, lifts them.</li>
 * </ul>
 * Limits on content come first: waiting will not make such a post pass, so a time to retry
 * would mislead. Of two limits on time, the one that ends later is reported, so that retrying at
 * its {@link LimitExceeded#retryAt()} does pass.
 */
public final class PostingLimits {

    /**
     * The first day is the 24 hours after registration, not a rolling window: the caps end
     * at a time the message can state once, and a new account cannot spread them over days.
     */
    public static final Duration FIRST_DAY = Duration.ofDays(1);

    private PostingLimits() {
    }

    /**
     * Returns if the post may be published at {@code now}, throws otherwise.
     *
     * @param recentPosts the author's own posts of at least the last day, in any order; older ones
     *        change nothing, so passing more is harmless
     * @throws LimitExceeded the limit the post breaks
     */
    public static void check(PostAttempt attempt, TrustLevel level, Instant registeredAt, List<RecentPost> recentPosts,
            ForumSettings settings, Instant now) {
        if (level == TrustLevel.NEW && attempt.links() > settings.newUserLinks())
            throw new TooManyLinks(attempt.links(), settings.newUserLinks());
        if (attempt.mentions() > settings.mentionsPerPost())
            throw new TooManyMentions(attempt.mentions(), settings.mentionsPerPost());
        LimitExceeded tooFast = tooFast(level, recentPosts, settings, now);
        LimitExceeded firstDay = firstDayCap(attempt.kind(), level, registeredAt, recentPosts, settings, now);
        LimitExceeded later = later(tooFast, firstDay);
        if (later != null) throw later;
    }

    private static @Nullable PostingTooFast tooFast(TrustLevel level, List<RecentPost> recentPosts, ForumSettings settings, Instant now) {
        Instant last = recentPosts.stream().map(RecentPost::at).max(Instant::compareTo).orElse(null);
        if (last == null) return null;
        Duration interval = level.atLeast(TrustLevel.MEMBER) ? settings.memberPostInterval() : settings.postInterval();
        Instant retryAt = last.plus(interval);
        return now.isBefore(retryAt) ? new PostingTooFast(level, interval, retryAt) : null;
    }

    private static @Nullable FirstDayLimitReached firstDayCap(PostKind kind, TrustLevel level, Instant registeredAt,
            List<RecentPost> recentPosts, ForumSettings settings, Instant now) {
        Instant firstDayEnds = registeredAt.plus(FIRST_DAY);
        if (level != TrustLevel.NEW || !now.isBefore(firstDayEnds)) return null;
        long posted = recentPosts.stream().filter(p -> p.kind() == kind && p.at().isBefore(firstDayEnds)).count();
        int cap = switch (kind) {
            case THREAD -> settings.firstDayThreads();
            case REPLY -> settings.firstDayReplies();
        };
        return posted >= cap ? new FirstDayLimitReached(kind, cap, firstDayEnds) : null;
    }

    private static @Nullable LimitExceeded later(@Nullable LimitExceeded a, @Nullable LimitExceeded b) {
        if (a == null) return b;
        if (b == null) return a;
        Instant aRetry = a.retryAt();
        Instant bRetry = b.retryAt();
        return aRetry != null && bRetry != null && bRetry.isAfter(aRetry) ? b : a;
    }
}
