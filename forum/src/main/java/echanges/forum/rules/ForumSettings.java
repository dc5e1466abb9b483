package echanges.forum.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The forum's thresholds, after Discourse's site settings of the same purpose. A forum where a
 * spammer may post as freely as a regular is a forum regulars leave; a forum that throttles its
 * regulars is one they never join. Hence limits on new accounts only, lifted as they read.
 *
 * @param postInterval the least time between two posts at trust levels {@link TrustLevel#NEW} and
 *        {@link TrustLevel#BASIC} (Discourse's {@code rate_limit_new_user_create_post}: 30 s)
 * @param memberPostInterval the least time between two posts at {@link TrustLevel#MEMBER} and above
 *        (Discourse's {@code rate_limit_create_post}: 5 s); it stops double submissions and
 *        scripts, not people. At most {@code postInterval}
 * @param firstDayThreads how many threads a {@link TrustLevel#NEW} account may start in the day
 *        after registering (Discourse's {@code max_topics_in_first_day}: 3)
 * @param firstDayReplies how many replies a {@link TrustLevel#NEW} account may post in that day
 *        (20; Discourse's {@code max_replies_in_first_day} is 10)
 * @param newUserLinks how many links a post by a {@link TrustLevel#NEW} account may hold
 *        (Discourse's {@code newuser_max_links}: 2); link spam is spam's main form
 * @param mentionsPerPost how many {@code @handle}s any post may hold (Discourse's
 *        {@code max_mentions_per_post}: 10); each notifies someone
 * @param flagsToHide how many flags hide a post until a moderator reviews it (Discourse's
 *        {@code flags_required_to_hide_post}: 3)
 * @param editGracePeriod how long after a revision an edit amends it instead of keeping a new one
 *        (Discourse's {@code editing_grace_period}: 5 minutes), so that fixing a typo just after
 *        posting leaves no history
 * @param basic what an account needs to reach {@link TrustLevel#BASIC}
 * @param member what it needs to reach {@link TrustLevel#MEMBER}
 * @param regular what it needs to reach {@link TrustLevel#REGULAR}
 */
public record ForumSettings(
        Duration postInterval,
        Duration memberPostInterval,
        int firstDayThreads,
        int firstDayReplies,
        int newUserLinks,
        int mentionsPerPost,
        int flagsToHide,
        Duration editGracePeriod,
        TrustThresholds basic,
        TrustThresholds member,
        TrustThresholds regular) {

    public static final ForumSettings DEFAULTS = new ForumSettings(
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            3,
            20,
            2,
            10,
            3,
            Duration.ofMinutes(5),
            new TrustThresholds(Duration.ofMinutes(10), 30, 5, 0, 0),
            new TrustThresholds(Duration.ofDays(15), 100, 20, 3, 1),
            new TrustThresholds(Duration.ofDays(50), 500, 20, 20, 10));

    public ForumSettings {
        positive("postInterval", postInterval);
        positive("memberPostInterval", memberPostInterval);
        positive("firstDayThreads", firstDayThreads);
        positive("firstDayReplies", firstDayReplies);
        positive("newUserLinks", newUserLinks);
        positive("mentionsPerPost", mentionsPerPost);
        positive("flagsToHide", flagsToHide);
        positive("editGracePeriod", editGracePeriod);
        // Limits relax with trust; a member slower than a newcomer would be a configuration error.
        if (memberPostInterval.compareTo(postInterval) > 0)
            throw new IllegalArgumentException("memberPostInterval (" + memberPostInterval
                    + ") must not exceed postInterval (" + postInterval + ")");
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero())
            throw new IllegalArgumentException(name + " must be positive, was " + value);
    }

    private static void positive(String name, int value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }

    /**
     * What an account must have done to reach a trust level, after Discourse's {@code tl1_*},
     * {@code tl2_*} and {@code tl3_*} settings. Discourse counts time spent reading and days
     * visited; the graph knows neither, so time since registration stands in for both. A zero
     * asks nothing. Levels are reached in order: meeting a level's thresholds counts only once
     * the lower levels' are met too.
     *
     * @param registeredFor the least time since registration
     * @param postsRead the least number of distinct posts read
     * @param threadsRead the least number of distinct threads entered
     * @param postsWritten the least number of posts written
     * @param likesReceived the least number of likes received on those posts
     */
    public record TrustThresholds(Duration registeredFor, int postsRead, int threadsRead, int postsWritten, int likesReceived) {

        public TrustThresholds {
            if (registeredFor.isNegative()) throw new IllegalArgumentException("registeredFor cannot be negative, was " + registeredFor);
            notNegative("postsRead", postsRead);
            notNegative("threadsRead", threadsRead);
            notNegative("postsWritten", postsWritten);
            notNegative("likesReceived", likesReceived);
        }

        /** Whether the activity meets every threshold at {@code now}. */
        public boolean metBy(Activity activity, Instant now) {
            return !now.isBefore(activity.registeredAt().plus(registeredFor))
                    && activity.postsRead() >= postsRead
                    && activity.threadsRead() >= threadsRead
                    && activity.postsWritten() >= postsWritten
                    && activity.likesReceived() >= likesReceived;
        }

        private static void notNegative(String name, int value) {
            if (value < 0) throw new IllegalArgumentException(name + " cannot be negative, was " + value);
        }
    }
}
