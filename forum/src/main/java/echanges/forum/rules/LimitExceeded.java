package echanges.forum.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Why {@link PostingLimits} refused a post. The forum's facade maps these to its own errors. A
 * limit on time says when to try again ({@link #retryAt()}); a limit on content has no such time,
 * since the same post will never pass, but a shorter one passes at once.
 */
public sealed abstract class LimitExceeded extends RuntimeException {

    LimitExceeded(String message) {
        super(message);
    }

    /** When the same post would pass this limit; {@code null} when waiting does not help. */
    public abstract @Nullable Instant retryAt();

    /** The author posted less than the trust level's interval ago. */
    public static final class PostingTooFast extends LimitExceeded {

        private final Duration interval;
        private final Instant retryAt;

        PostingTooFast(TrustLevel level, Duration interval, Instant retryAt) {
            super("at trust level " + level.name().toLowerCase(Locale.ROOT) + ", posts are at least " + describe(interval)
                    + " apart; try again at " + retryAt);
            this.interval = interval;
            this.retryAt = retryAt;
        }

        public Duration interval() {
            return interval;
        }

        @Override
        public Instant retryAt() {
            return retryAt;
        }
    }

    /** A new account reached its cap of threads or of replies for its first day. */
    public static final class FirstDayLimitReached extends LimitExceeded {

        private final PostKind kind;
        private final int limit;
        private final Instant retryAt;

        FirstDayLimitReached(PostKind kind, int limit, Instant retryAt) {
            super("new accounts may " + switch (kind) {
                case THREAD -> "start " + count(limit, "thread");
                case REPLY -> "post " + count(limit, "reply", "replies");
            } + " in their first day; try again at " + retryAt);
            this.kind = kind;
            this.limit = limit;
            this.retryAt = retryAt;
        }

        public PostKind kind() {
            return kind;
        }

        public int limit() {
            return limit;
        }

        /** The end of the account's first day. */
        @Override
        public Instant retryAt() {
            return retryAt;
        }
    }

    /** A new account's post holds more links than it may. */
    public static final class TooManyLinks extends LimitExceeded {

        private final int links;
        private final int limit;

        TooManyLinks(int links, int limit) {
            super("new accounts may put at most " + count(limit, "link") + " in a post; this one has " + links
                    + ": remove " + count(links - limit, "link") + " to post it");
            this.links = links;
            this.limit = limit;
        }

        public int links() {
            return links;
        }

        public int limit() {
            return limit;
        }

        /** Always {@code null}: the post passes once it has fewer links, or its author more trust. */
        @Override
        public @Nullable Instant retryAt() {
            return null;
        }
    }

    /** A post mentions more people than anyone may. */
    public static final class TooManyMentions extends LimitExceeded {

        private final int mentions;
        private final int limit;

        TooManyMentions(int mentions, int limit) {
            super("a post may mention at most " + count(limit, "person", "people") + "; this one mentions " + mentions
                    + ": remove " + count(mentions - limit, "mention") + " to post it");
            this.mentions = mentions;
            this.limit = limit;
        }

        public int mentions() {
            return mentions;
        }

        public int limit() {
            return limit;
        }

        /** Always {@code null}: the post passes once it has fewer mentions. */
        @Override
        public @Nullable Instant retryAt() {
            return null;
        }
    }

    private static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "30 seconds" reads better in a message than ISO-8601's "PT30S". */
    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (duration.toNanosPart() != 0) return duration.toMillis() + " ms";
        if (seconds % 3600 == 0) return count((int) (seconds / 3600), "hour");
        if (seconds % 60 == 0) return count((int) (seconds / 60), "minute");
        return count((int) seconds, "second");
    }
}
