package echanges.procurement.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import echanges.procurement.calendar.CalendarRuleBroken.AddendumAfterClosing;

/**
 * s. 9: how an addendum defers the closing. The new closing keeps the original local time of
 * day (in the calendar's zone) and only its date moves; both paragraphs below apply together,
 * and the new closing is the earliest that satisfies every one that applies.
 *
 * <ul>
 * <li>¶2, price-affecting addendum: it "must be sent at least 7 days before the tender closing
 *     time; if that 7-day period cannot be complied with, the closing time must be extended by the
 *     number of days needed". So the closing moves by the fewest whole days that leave 7 days after
 *     publication. The 7 days run on the local wall clock, so a daylight-saving change neither adds
 *     nor removes a day. The text asks nothing about business days, so nothing more is done: the
 *     result may be a Saturday.
 * <li>¶4, any addendum "made 3 days or less before the tender closing date" (dates, not times:
 *     ¶2 says "time", ¶4 says "date"): "a minimum 3-day deferral of that date. However, the deferral
 *     must be such as to ensure that the day preceding the new tender closing date is a business
 *     day." Read alone, ¶4 would still allow closing on a Saturday or on Christmas. It is
 *     completed with the regulation's own adjustment for a deferred date, which s. 9.9 ¶2 states for
 *     the complaint deferral: "If the deferred date falls on a holiday, it must again be deferred to
 *     the second next business day. If the day preceding the deferred date is not a business day,
 *     that date must be deferred to the next business day." Both sentences are repeated until
 *     neither applies, because one pass can land after another holiday (Monday 24 December 2029
 *     would go to Thursday 27, the day after 26 December). The result is the earliest date, at
 *     least 3 days after the original one, that is a business day preceded by a business day;
 *     the Interpretation Act leads there too, since a time limit that ends on a holiday runs to the
 *     next working day (s. 52).
 * <li>¶4 is "subject to the second paragraph": when a price-affecting addendum is also late, the
 *     later of the two dates is taken, then moved as ¶4 requires, so both hold.
 * </ul>
 *
 * @param calendar the jurisdiction's business days and zone
 * @param settings the jurisdiction's periods
 */
public record ClosingDateRules(HolidayCalendar calendar, AddendumSettings settings) {

    public static ClosingDateRules quebec() {
        return new ClosingDateRules(HolidayCalendar.quebec(), AddendumSettings.DEFAULTS);
    }

    /**
     * The closing after an addendum published at {@code publishedAt}.
     *
     * @throws AddendumAfterClosing when the addendum is published at or after the closing time
     */
    public ClosingShift afterAddendum(Instant closesAt, Instant publishedAt, boolean affectsPrices) {
        if (!publishedAt.isBefore(closesAt)) throw new AddendumAfterClosing(publishedAt, closesAt);
        LocalDateTime closing = LocalDateTime.ofInstant(closesAt, calendar.zone());
        LocalDateTime published = LocalDateTime.ofInstant(publishedAt, calendar.zone());
        LocalDate newDate = closing.toLocalDate();
        List<String> reasons = new ArrayList<>();

        LocalDateTime noticeEnds = published.plus(settings.priceAffectingNotice());
        if (affectsPrices && closing.isBefore(noticeEnds)) {
            LocalDate date = noticeEnds.toLocalDate();
            if (closing.toLocalTime().isBefore(noticeEnds.toLocalTime())) date = date.plusDays(1);
            newDate = later(newDate, date);
            reasons.add("s. 9 ¶2: a price-affecting addendum must be sent at least " + days(settings.priceAffectingNotice())
                    + " before the closing time; sent " + published + " for a closing at " + closing
                    + ", the closing is extended to keep that period");
        }

        long daysBefore = ChronoUnit.DAYS.between(published.toLocalDate(), closing.toLocalDate());
        if (daysBefore <= settings.lateAddendumWindow().toDays()) {
            newDate = later(newDate, closing.toLocalDate().plusDays(settings.minimumDeferral().toDays()));
            newDate = businessDayAfterABusinessDay(newDate);
            reasons.add("s. 9 ¶4: an addendum sent " + daysBefore + (daysBefore == 1 ? " day" : " days")
                    + " before the closing date " + closing.toLocalDate() + " (" + days(settings.lateAddendumWindow())
                    + " or less) defers it at least " + days(settings.minimumDeferral())
                    + ", to a business day preceded by a business day (s. 9.9 ¶2)");
        }

        if (reasons.isEmpty())
            return new ClosingShift(closesAt, false, "s. 9: the addendum leaves the required time; the closing stands");
        Instant moved = calendar.instantAt(newDate, closing.toLocalTime());
        return new ClosingShift(moved, !moved.equals(closesAt), String.join("; ", reasons) + "; closing at "
                + newDate + " " + closing.toLocalTime());
    }

    /** s. 9.9 ¶2's two sentences, repeated until neither applies; each step moves forward, so it ends. */
    private LocalDate businessDayAfterABusinessDay(LocalDate deferred) {
        LocalDate date = deferred;
        while (true) {
            if (!calendar.isBusinessDay(date)) date = calendar.plusBusinessDays(date, 2);
            else if (!calendar.isBusinessDay(date.minusDays(1))) date = calendar.nextBusinessDay(date);
            else return date;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String days(Duration period) {
        long days = period.toDays();
        if (!period.equals(Duration.ofDays(days))) return period.toString();
        return days + (days == 1 ? " day" : " days");
    }
}
