package echanges.procurement.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Business days for a jurisdiction. Saturday is a holiday for the regulation (s. 4 ¶3) and
 * Sunday is one by the Interpretation Act (s. 61(23)(a)), so a business day is a weekday that is
 * none of the jurisdiction's {@link AnnualHolidays} nor of its extra holidays: "every threshold
 * and period is a per-jurisdiction setting", and a government may proclaim a holiday (s. 61(23)(j)).
 *
 * @param zone where the jurisdiction's dates are read: a closing instant falls on a local date
 * @param annualHolidays the holidays computed for any year
 * @param extraHolidays single dates on which the jurisdiction's bodies are also closed
 */
public record HolidayCalendar(ZoneId zone, AnnualHolidays annualHolidays, Set<LocalDate> extraHolidays) {

    /** Québec keeps Eastern time; the IANA database files it under Toronto, America/Montreal being a mere link. */
    public static final ZoneId QUEBEC_TIME = ZoneId.of("America/Toronto");

    private static final String EXTRA_HOLIDAY = "Holiday of the jurisdiction";

    public HolidayCalendar {
        extraHolidays = Set.copyOf(extraHolidays);
    }

    /** The regulation's business days in Québec, read in Québec time. */
    public static HolidayCalendar quebec() {
        return new HolidayCalendar(QUEBEC_TIME, new QuebecHolidays(), Set.of());
    }

    public HolidayCalendar withExtraHolidays(Set<LocalDate> dates) {
        return new HolidayCalendar(zone, annualHolidays, dates);
    }

    /** The year's holidays in date order, weekends aside; an extra date that is already a holiday appears once. */
    public List<Holiday> holidaysIn(int year) {
        List<Holiday> holidays = new ArrayList<>(annualHolidays.in(year));
        extraHolidays.stream()
                .filter(date -> date.getYear() == year)
                .filter(date -> holidays.stream().noneMatch(h -> h.date().equals(date)))
                .forEach(date -> holidays.add(new Holiday(date, EXTRA_HOLIDAY)));
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /** The holiday on that date, weekends aside: the reason a weekday is no business day. */
    public Optional<Holiday> holidayOn(LocalDate date) {
        if (extraHolidays.contains(date)) return Optional.of(new Holiday(date, EXTRA_HOLIDAY));
        return annualHolidays.in(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
    }

    /** The first business day strictly after the date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) next = next.plusDays(1);
        return next;
    }

    /** The last business day strictly before the date. */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isBusinessDay(previous)) previous = previous.minusDays(1);
        return previous;
    }

    /**
     * The date reached by stepping over that many business days, backwards when negative; zero
     * gives the date itself, business day or not.
     */
    public LocalDate plusBusinessDays(LocalDate date, int businessDays) {
        LocalDate result = date;
        for (int i = 0; i < Math.abs(businessDays); i++)
            result = businessDays > 0 ? nextBusinessDay(result) : previousBusinessDay(result);
        return result;
    }

    /** The business days in (fromExclusive, toInclusive]; negative when the range runs backwards. */
    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) return -businessDaysBetween(toInclusive, fromExclusive);
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1))
            if (isBusinessDay(d)) count++;
        return count;
    }

    /** The local date on which the instant falls in this jurisdiction. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * The instant of a local date and time; a time skipped by a daylight-saving change moves
     * later by the gap, a repeated one takes the earlier offset ({@link ZonedDateTime#of}).
     */
    public Instant instantAt(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
