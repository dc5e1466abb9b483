package echanges.procurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.calendar.CalendarRuleBroken.AddendumAfterClosing;
import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/** Times in the tables are Québec local times; 2026-03-20 is a Friday. */
class ClosingDateRulesTests {

    private static final HolidayCalendar QC = HolidayCalendar.quebec();
    private static final ClosingDateRules RULES = ClosingDateRules.quebec();

    private static Instant at(LocalDateTime local) {
        return local.atZone(HolidayCalendar.QUEBEC_TIME).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, HolidayCalendar.QUEBEC_TIME);
    }

    private static ClosingShift shift(LocalDateTime closing, LocalDateTime published, boolean affectsPrices) {
        return RULES.afterAddendum(at(closing), at(published), affectsPrices);
    }

    @Nested
    class PriceAffectingAddendum {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,      addendum sent,    new closing,      case
                2026-03-20T14:00, 2026-03-12T14:00, 2026-03-20T14:00, 8 days before: enough
                2026-03-20T14:00, 2026-03-13T14:00, 2026-03-20T14:00, exactly 7 days: enough
                2026-03-20T14:00, 2026-03-13T09:00, 2026-03-20T14:00, 7 days and 5 hours
                2026-03-20T14:00, 2026-03-13T15:00, 2026-03-21T14:00, 6 days 23 hours: one more day
                2026-03-20T14:00, 2026-03-14T14:00, 2026-03-21T14:00, 6 days: moved to 7
                2026-03-20T14:00, 2026-03-16T10:00, 2026-03-23T14:00, 4 days: ¶2 alone asks no business day
                """)
        void shouldKeepSevenDaysAfterAPriceAffectingAddendum(LocalDateTime closing, LocalDateTime published,
                LocalDateTime newClosing, String situation) {
            ClosingShift shift = shift(closing, published, true);

            assertThat(local(shift.closesAt())).as(situation).isEqualTo(newClosing);
            assertThat(shift.shifted()).isEqualTo(!newClosing.equals(closing));
            if (shift.shifted()) assertThat(shift.reason()).contains("s. 9 ¶2").doesNotContain("s. 9 ¶4");
        }

        @Test
        void shouldCountTheSevenDaysOnTheWallClockAcrossDaylightSaving() {
            // Daylight saving starts on 8 March 2026: these 7 local days last 167 hours.
            LocalDateTime closing = LocalDateTime.parse("2026-03-09T10:00");
            LocalDateTime published = LocalDateTime.parse("2026-03-02T10:00");
            assertThat(Duration.between(at(published), at(closing))).isEqualTo(Duration.ofHours(167));

            ClosingShift shift = shift(closing, published, true);

            assertThat(shift.shifted()).isFalse();
            assertThat(shift.closesAt()).isEqualTo(at(closing));
        }

        @Test
        void shouldNotMoveTheClosingForAnAddendumThatLeavesPricesAlone() {
            ClosingShift shift = shift(LocalDateTime.parse("2026-03-20T14:00"), LocalDateTime.parse("2026-03-14T14:00"), false);

            assertThat(shift.shifted()).isFalse();
            assertThat(shift.reason()).contains("s. 9");
        }
    }

    @Nested
    class LateAddendum {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,      addendum sent,    new closing,      case
                2026-03-20T14:00, 2026-03-16T10:00, 2026-03-20T14:00, 4 days before: no deferral
                2026-03-20T23:30, 2026-03-16T23:59, 2026-03-20T23:30, 4 dates before though under 4 x 24 hours
                2026-03-17T14:00, 2026-03-14T09:00, 2026-03-20T14:00, 3 days: Friday after a Thursday
                2026-03-17T14:00, 2026-03-17T09:00, 2026-03-20T14:00, on the closing day
                2026-03-20T14:00, 2026-03-17T23:00, 2026-03-24T14:00, new date Monday: Sunday before it
                2026-03-20T23:30, 2026-03-17T00:30, 2026-03-24T23:30, 3 dates before though over 3 x 24 hours
                2026-03-18T14:00, 2026-03-15T14:00, 2026-03-24T14:00, new date Saturday: second next business day
                2026-03-31T14:00, 2026-03-30T14:00, 2026-04-08T14:00, new date Good Friday then Easter Monday
                2026-05-15T14:00, 2026-05-14T14:00, 2026-05-20T14:00, new date National Patriots' Day
                2026-06-22T14:00, 2026-06-20T14:00, 2026-06-26T14:00, Fête nationale the day before
                2026-12-22T14:00, 2026-12-21T14:00, 2026-12-29T14:00, new date Christmas
                2026-12-23T14:00, 2026-12-22T14:00, 2026-12-29T14:00, new date 26 December
                2026-12-29T14:00, 2026-12-28T14:00, 2027-01-05T14:00, new date New Year's Day
                2026-12-31T14:00, 2026-12-30T14:00, 2027-01-05T14:00, new date a Sunday after 1 and 2 January
                2029-12-21T14:00, 2029-12-20T14:00, 2029-12-28T14:00, Monday 24th then Thursday 27th after 26 December
                """)
        void shouldDeferTheClosingToABusinessDayPrecededByABusinessDay(LocalDateTime closing, LocalDateTime published,
                LocalDateTime newClosing, String situation) {
            ClosingShift shift = shift(closing, published, false);

            assertThat(local(shift.closesAt())).as(situation).isEqualTo(newClosing);
            assertThat(shift.shifted()).isEqualTo(!newClosing.equals(closing));
            if (shift.shifted()) {
                assertThat(shift.reason()).contains("s. 9 ¶4").doesNotContain("s. 9 ¶2");
                assertThat(QC.isBusinessDay(newClosing.toLocalDate())).isTrue();
                assertThat(QC.isBusinessDay(newClosing.toLocalDate().minusDays(1))).isTrue();
            }
        }

        @Test
        void shouldKeepTheLocalTimeOfDayAcrossDaylightSaving() {
            // Friday 6 March 2026, 14:00 EST; deferred past 8 March into EDT.
            ClosingShift shift = shift(LocalDateTime.parse("2026-03-06T14:00"), LocalDateTime.parse("2026-03-05T14:00"), false);

            assertThat(shift.closesAt()).isEqualTo(Instant.parse("2026-03-10T18:00:00Z"));
            assertThat(local(shift.closesAt())).isEqualTo(LocalDateTime.parse("2026-03-10T14:00"));
        }
    }

    @Nested
    class BothRules {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,      price addendum,   new closing,      case
                2026-03-20T14:00, 2026-03-18T10:00, 2026-03-25T14:00, ¶2 gives Wednesday 25 after ¶4's Monday 23
                2026-03-18T14:00, 2026-03-15T15:00, 2026-03-24T14:00, ¶2 gives Monday 23; ¶4 wants a business day before it
                2026-12-22T14:00, 2026-12-21T09:00, 2026-12-29T14:00, ¶2 gives Monday 28 after Christmas weekend
                2026-12-22T14:00, 2026-12-21T15:00, 2026-12-29T14:00, ¶2 gives Tuesday 29
                """)
        void shouldTakeTheLaterClosingAndStillPrecedeItWithABusinessDay(LocalDateTime closing, LocalDateTime published,
                LocalDateTime newClosing, String situation) {
            ClosingShift shift = shift(closing, published, true);

            assertThat(local(shift.closesAt())).as(situation).isEqualTo(newClosing);
            assertThat(shift.shifted()).isTrue();
            assertThat(shift.reason()).contains("s. 9 ¶2", "s. 9 ¶4");
        }
    }

    @Nested
    class Settings {

        @Test
        void shouldApplyTheJurisdictionsOwnPeriods() {
            ClosingDateRules longer = new ClosingDateRules(QC, new AddendumSettings(Duration.ofDays(10), Duration.ofDays(5), Duration.ofDays(5)));

            ClosingShift late = longer.afterAddendum(at(LocalDateTime.parse("2026-03-20T14:00")), at(LocalDateTime.parse("2026-03-15T14:00")), false);
            ClosingShift price = longer.afterAddendum(at(LocalDateTime.parse("2026-03-20T14:00")), at(LocalDateTime.parse("2026-03-11T14:00")), true);

            assertThat(local(late.closesAt())).isEqualTo(LocalDateTime.parse("2026-03-25T14:00"));
            assertThat(local(price.closesAt())).isEqualTo(LocalDateTime.parse("2026-03-21T14:00"));
            assertThat(price.reason()).contains("10 days");
        }

        @Test
        void shouldDefaultToTheRegulationsPeriods() {
            assertThat(AddendumSettings.DEFAULTS).isEqualTo(new AddendumSettings(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(3)));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # price notice, late window, minimum deferral
                -PT1H,          P3D,         P3D
                P7D,            -P1D,        P3D
                P7D,            P3D,         PT36H
                P7D,            PT12H,       P3D
                """)
        void shouldRefuseNegativeOrFractionalPeriods(Duration notice, Duration window, Duration deferral) {
            assertThatThrownBy(() -> new AddendumSettings(notice, window, deferral)).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,      addendum sent
                2026-03-20T14:00, 2026-03-20T14:00
                2026-03-20T14:00, 2026-03-20T14:01
                2026-03-20T14:00, 2026-04-01T09:00
                """)
        void shouldRefuseAnAddendumAtOrAfterTheClosing(LocalDateTime closing, LocalDateTime published) {
            assertThatThrownBy(() -> shift(closing, published, false))
                    .isInstanceOf(AddendumAfterClosing.class)
                    .hasMessageContaining("s. 9");
        }
    }
}
