package echanges.procurement.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.previous;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The holidays under which the regulation counts business days in Québec: the "holidays" of the
 * Interpretation Act (CQLR c. I-16, s. 61(23)), which the regulation uses without defining them,
 * plus the two it adds itself, 2 January and 26 December (s. 4 ¶3). Weekends are left to
 * {@link HolidayCalendar}.
 */
public record QuebecHolidays() implements AnnualHolidays {

    @Override
    public List<Holiday> in(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate canadaDay = LocalDate.of(year, Month.JULY, 1);
        return List.of(
                new Holiday(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day"),
                // s. 4 ¶3: the regulation's own addition, so the period after New Year stays closed.
                new Holiday(LocalDate.of(year, Month.JANUARY, 2), "2 January (s. 4)"),
                new Holiday(easter.minusDays(2), "Good Friday"),
                // Easter Monday: public bodies in Québec close on it, and the Interpretation Act counts it
                // (s. 61(23)(d)), although labour law lets a private employer keep only one of the two days.
                new Holiday(easter.plusDays(1), "Easter Monday"),
                // The Monday strictly before 25 May: from 18 to 24 May.
                new Holiday(LocalDate.of(year, Month.MAY, 25).with(previous(DayOfWeek.MONDAY)), "National Patriots' Day"),
                // Fixed on 24 June for this purpose, even on a Sunday; the labour-law move to 25 June
                // (National Holiday Act, s. 2) concerns employees, so a body closing then configures it.
                new Holiday(LocalDate.of(year, Month.JUNE, 24), "Fête nationale"),
                // s. 61(23)(f): "1 July ... or 2 July if 1 July is a Sunday".
                canadaDay.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? new Holiday(canadaDay.plusDays(1), "Canada Day (observed)")
                        : new Holiday(canadaDay, "Canada Day"),
                new Holiday(LocalDate.of(year, Month.SEPTEMBER, 1).with(firstInMonth(DayOfWeek.MONDAY)), "Labour Day"),
                new Holiday(LocalDate.of(year, Month.OCTOBER, 1).with(dayOfWeekInMonth(2, DayOfWeek.MONDAY)), "Thanksgiving"),
                new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "Christmas"),
                // s. 4 ¶3, like 2 January.
                new Holiday(LocalDate.of(year, Month.DECEMBER, 26), "26 December (s. 4)"));
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every Gregorian year. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
