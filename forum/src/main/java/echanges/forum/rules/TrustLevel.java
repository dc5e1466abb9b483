package echanges.forum.rules;

import java.time.Instant;

/**
 * How far the forum trusts a person, after Discourse's trust levels 0 to 3. Discourse lets
 * newcomers in at once but holds back what spammers and trolls need (many posts, many links,
 * many threads) until they have read enough to know the place; the limits lift by themselves
 * as people read, stay and are liked, with no moderator involved. Developers know these rules
 * from the forums they already use, which is what this forum competes with.
 */
public enum TrustLevel {

    /** Discourse's TL0: just registered. */
    NEW(0),
    /** Discourse's TL1: has read a little; the first-day caps and the link limit are lifted. */
    BASIC(1),
    /** Discourse's TL2: has stayed weeks, written and been liked; posts need only be seconds apart. */
    MEMBER(2),
    /** Discourse's TL3: a long-standing contributor. */
    REGULAR(3);

    private final int number;

    TrustLevel(int number) {
        this.number = number;
    }

    /** Discourse's number for the level, 0 to 3. */
    public int number() {
        return number;
    }

    public boolean atLeast(TrustLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * The highest level whose thresholds, and every lower level's, the activity meets at
     * {@code now}. Levels are climbed in order, as in Discourse: many likes do not skip reading.
     */
    public static TrustLevel of(Activity activity, ForumSettings settings, Instant now) {
        if (!settings.basic().metBy(activity, now)) return NEW;
        if (!settings.member().metBy(activity, now)) return BASIC;
        if (!settings.regular().metBy(activity, now)) return MEMBER;
        return REGULAR;
    }
}
