package echanges.procurement.calendar;

import java.time.Duration;

import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/**
 * A jurisdiction's periods for addenda (s. 9). Below the public-tender threshold, s. 3 lets the
 * time for sending an addendum (s. 9 ¶2) differ, hence a setting.
 *
 * @param priceAffectingNotice how long before closing a price-affecting addendum must be sent (s. 9 ¶2: 7 days)
 * @param lateAddendumWindow an addendum this many days or less before the closing date is late (s. 9 ¶4: 3 days)
 * @param minimumDeferral how far a late addendum defers the closing date at least (s. 9 ¶4: 3 days)
 */
public record AddendumSettings(Duration priceAffectingNotice, Duration lateAddendumWindow, Duration minimumDeferral) {

    public static final AddendumSettings DEFAULTS = new AddendumSettings(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(3));

    public AddendumSettings {
        if (priceAffectingNotice.isNegative())
            throw new InvalidValue("the notice for a price-affecting addendum cannot be negative, was " + priceAffectingNotice);
        // s. 9 ¶4 counts days to and from the closing *date*, so these two are whole days.
        requireWholeDays("late-addendum window", lateAddendumWindow);
        requireWholeDays("minimum deferral", minimumDeferral);
    }

    private static void requireWholeDays(String name, Duration period) {
        if (period.isNegative() || !period.equals(Duration.ofDays(period.toDays())))
            throw new InvalidValue("the " + name + " is a whole, non-negative number of days, was " + period);
    }
}
