package echanges.procurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTests {

    private static final HolidayCalendar QC = HolidayCalendar.quebec();

    @Nested
    class Holidays {

        @Test
        void shouldListTheHolidaysOf2026() {
            assertThat(QC.holidaysIn(2026)).extracting(Holiday::date, Holiday::name).containsExactly(
                    tuple(LocalDate.parse("2026-01-01"), "New Year's Day"),
                    tuple(LocalDate.parse("2026-01-02"), "2 January (s. 4)"),
                    tuple(LocalDate.parse("2026-04-03"), "Good Friday"),
                    tuple(LocalDate.parse("2026-04-06"), "Easter Monday"),
                    tuple(LocalDate.parse("2026-05-18"), "National Patriots' Day"),
                    tuple(LocalDate.parse("2026-06-24"), "Fête nationale"),
                    tuple(LocalDate.parse("2026-07-01"), "Canada Day"),
                    tuple(LocalDate.parse("2026-09-07"), "Labour Day"),
                    tuple(LocalDate.parse("2026-10-12"), "Thanksgiving"),
                    tuple(LocalDate.parse("2026-12-25"), "Christmas"),
                    tuple(LocalDate.parse("2026-12-26"), "26 December (s. 4)"));
        }

        @Test
        void shouldListTheHolidaysOf2027() {
            assertThat(QC.holidaysIn(2027)).extracting(Holiday::date).containsExactly(
                    LocalDate.parse("2027-01-01"),
                    LocalDate.parse("2027-01-02"),
                    LocalDate.parse("2027-03-26"),
                    LocalDate.parse("2027-03-29"),
                    LocalDate.parse("2027-05-24"),
                    LocalDate.parse("2027-06-24"),
                    LocalDate.parse("2027-07-01"),
                    LocalDate.parse("2027-09-06"),
                    LocalDate.parse("2027-10-11"),
                    LocalDate.parse("2027-12-25"),
                    LocalDate.parse("2027-12-26"));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # year, Easter Sunday
                2000,   2000-04-23
                2008,   2008-03-23
                2011,   2011-04-24
                2019,   2019-04-21
                2024,   2024-03-31
                2025,   2025-04-20
                2026,   2026-04-05
                2027,   2027-03-28
                2038,   2038-04-25
                2285,   2285-03-22
                """)
        void shouldComputeEasterWithTheGregorianAlgorithm(int year, LocalDate easter) {
            assertThat(QuebecHolidays.easterSunday(year)).isEqualTo(easter);
            assertThat(QC.holidayOn(easter.minusDays(2))).map(Holiday::name).contains("Good Friday");
            assertThat(QC.holidayOn(easter.plusDays(1))).map(Holiday::name).contains("Easter Monday");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # year, National Patriots' Day: the Monday before 25 May, never 25 May itself
                2020,   2020-05-18
                2021,   2021-05-24
                2025,   2025-05-19
                2026,   2026-05-18
                2027,   2027-05-24
                """)
        void shouldPlaceNationalPatriotsDayOnTheMondayBefore25May(int year, LocalDate patriots) {
            assertThat(QC.holidaysIn(year)).contains(new Holiday(patriots, "National Patriots' Day"));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # year, Canada Day,  name                    (2018 and 2029: 1 July is a Sunday)
                2018,    2018-07-02, Canada Day (observed)
                2026,    2026-07-01, Canada Day
                2028,    2028-07-01, Canada Day
                2029,    2029-07-02, Canada Day (observed)
                """)
        void shouldObserveCanadaDayOn2JulyWhen1JulyIsASunday(int year, LocalDate observed, String name) {
            assertThat(QC.holidaysIn(year)).contains(new Holiday(observed, name));
            assertThat(QC.isBusinessDay(observed)).isFalse();
        }

        @Test
        void shouldMoveNoOtherHolidayThatFallsOnAWeekend() {
            // 2027: Christmas on a Saturday, 26 December on a Sunday; the next Monday works.
            assertThat(LocalDate.parse("2027-12-25").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

            assertThat(QC.isBusinessDay(LocalDate.parse("2027-12-27"))).isTrue();
        }
    }

    @Nested
    class BusinessDays {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # date,     business day, why
                2026-03-20, true,  a Friday
                2026-03-21, false, Saturday: a holiday for the regulation (s. 4)
                2026-03-22, false, Sunday
                2026-01-02, false, 2 January (s. 4)
                2026-12-24, true,  Christmas Eve is not a holiday
                2026-12-31, true,  New Year's Eve is not a holiday
                2026-04-06, false, Easter Monday
                2027-01-04, true,  the Monday after New Year
                2029-07-02, false, Canada Day observed
                """)
        void shouldTellBusinessDays(LocalDate date, boolean business, String why) {
            assertThat(QC.isBusinessDay(date)).as(why).isEqualTo(business);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # date,     next business day (strictly after)
                2026-03-19, 2026-03-20
                2026-03-20, 2026-03-23
                2026-03-21, 2026-03-23
                2026-04-02, 2026-04-07
                2026-12-24, 2026-12-28
                2026-12-25, 2026-12-28
                2026-12-31, 2027-01-04
                2027-12-24, 2027-12-27
                2027-12-31, 2028-01-03
                2029-06-29, 2029-07-03
                """)
        void shouldFindTheNextBusinessDay(LocalDate date, LocalDate next) {
            assertThat(QC.nextBusinessDay(date)).isEqualTo(next);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # from,     business days, result
                2026-12-23,  0, 2026-12-23
                2026-12-25,  0, 2026-12-25
                2026-12-23,  1, 2026-12-24
                2026-12-23,  2, 2026-12-28
                2026-12-23,  5, 2026-12-31
                2026-12-23,  6, 2027-01-04
                2026-12-23,  7, 2027-01-05
                2026-04-02,  1, 2026-04-07
                2027-01-04, -1, 2026-12-31
                2027-01-05, -3, 2026-12-30
                2026-04-07, -1, 2026-04-02
                2026-12-28, -1, 2026-12-24
                """)
        void shouldStepOverWeekendsAndHolidays(LocalDate from, int businessDays, LocalDate result) {
            assertThat(QC.plusBusinessDays(from, businessDays)).isEqualTo(result);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # from (exclusive), to (inclusive), business days
                2026-03-20,         2026-03-20,      0
                2026-03-20,         2026-03-23,      1
                2026-03-16,         2026-03-20,      4
                2026-12-23,         2027-01-04,      6
                2026-12-24,         2026-12-28,      1
                2026-04-02,         2026-04-07,      1
                2026-12-31,         2027-01-03,      0
                2027-01-04,         2026-12-23,     -6
                """)
        void shouldCountBusinessDaysBetweenDates(LocalDate fromExclusive, LocalDate toInclusive, int count) {
            assertThat(QC.businessDaysBetween(fromExclusive, toInclusive)).isEqualTo(count);
        }

        @Test
        void shouldUndoAStepByCountingIt() {
            LocalDate from = LocalDate.parse("2026-12-23");

            LocalDate to = QC.plusBusinessDays(from, 10);

            assertThat(QC.businessDaysBetween(from, to)).isEqualTo(10);
        }
    }

    @Nested
    class Configuration {

        @Test
        void shouldCloseOnTheJurisdictionsExtraHolidays() {
            HolidayCalendar withEves = QC.withExtraHolidays(Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31")));

            assertThat(withEves.isBusinessDay(LocalDate.parse("2026-12-24"))).isFalse();
            assertThat(withEves.nextBusinessDay(LocalDate.parse("2026-12-23"))).isEqualTo(LocalDate.parse("2026-12-28"));
            assertThat(withEves.holidaysIn(2026)).extracting(Holiday::date)
                    .contains(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31")).isSorted().hasSize(13);
            assertThat(QC.isBusinessDay(LocalDate.parse("2026-12-24"))).isTrue();
        }

        @Test
        void shouldListAnExtraHolidayThatIsAlreadyAHolidayOnce() {
            HolidayCalendar calendar = QC.withExtraHolidays(Set.of(LocalDate.parse("2026-12-25")));

            assertThat(calendar.holidaysIn(2026)).hasSize(11).contains(new Holiday(LocalDate.parse("2026-12-25"), "Christmas"));
        }

        @Test
        void shouldAcceptAnotherJurisdictionsHolidays() {
            HolidayCalendar onlyNewYear = new HolidayCalendar(HolidayCalendar.QUEBEC_TIME,
                    year -> List.of(new Holiday(LocalDate.of(year, 1, 1), "New Year's Day")), Set.of());

            assertThat(onlyNewYear.isBusinessDay(LocalDate.parse("2026-01-02"))).isTrue();
            assertThat(onlyNewYear.isBusinessDay(LocalDate.parse("2026-01-01"))).isFalse();
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # instant,            date in Québec (EST is UTC-5, EDT from 8 March 2026 is UTC-4)
                2026-03-20T03:30:00Z, 2026-03-19
                2026-03-20T04:00:00Z, 2026-03-20
                2026-01-02T04:59:59Z, 2026-01-01
                2026-01-02T05:00:00Z, 2026-01-02
                """)
        void shouldReadDatesInQuebecTime(Instant instant, LocalDate date) {
            assertThat(QC.zone().getId()).isEqualTo("America/Toronto");

            assertThat(QC.dateOf(instant)).isEqualTo(date);
        }

        @Test
        void shouldTurnALocalClosingIntoAnInstant() {
            assertThat(QC.instantAt(LocalDate.parse("2026-03-20"), LocalTime.of(14, 0))).isEqualTo(Instant.parse("2026-03-20T18:00:00Z"));
            assertThat(QC.instantAt(LocalDate.parse("2026-01-20"), LocalTime.of(14, 0))).isEqualTo(Instant.parse("2026-01-20T19:00:00Z"));
        }
    }
}
