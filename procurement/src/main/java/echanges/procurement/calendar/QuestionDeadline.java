package echanges.procurement.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/**
 * s. 9 ¶5: if its notice says so, a body may decline "a request for details made by a supplier if
 * the request is sent to the public body less than 3 business days before the tender closing date
 * and time". The deadline is the closing's local time of day on the date 3 business days before
 * the closing date: a request sent after it has less than 3 business days left. A request sent at
 * the deadline itself has exactly 3, not less, so it must be considered. Whether the notice
 * reserved the right is for the caller to check.
 *
 * @param at the last instant at which a request must still be considered
 */
public record QuestionDeadline(Instant at) {

    public static final int BUSINESS_DAYS_BEFORE_CLOSING = 3;

    /** The deadline for the regulation's 3 business days. */
    public static QuestionDeadline before(Instant closesAt, HolidayCalendar calendar) {
        return before(closesAt, BUSINESS_DAYS_BEFORE_CLOSING, calendar);
    }

    /** The deadline for a jurisdiction's own number of business days. */
    public static QuestionDeadline before(Instant closesAt, int businessDays, HolidayCalendar calendar) {
        if (businessDays < 0)
            throw new InvalidValue("the question period is a non-negative number of business days, was " + businessDays);
        LocalDateTime closing = LocalDateTime.ofInstant(closesAt, calendar.zone());
        return new QuestionDeadline(calendar.instantAt(calendar.plusBusinessDays(closing.toLocalDate(), -businessDays), closing.toLocalTime()));
    }

    /** Whether a request sent then came too late, so that the body may decline it. */
    public boolean isMissedBy(Instant askedAt) {
        return askedAt.isAfter(at);
    }

    public static boolean mayBeDeclined(Instant askedAt, Instant closesAt, HolidayCalendar calendar) {
        return before(closesAt, calendar).isMissedBy(askedAt);
    }
}
