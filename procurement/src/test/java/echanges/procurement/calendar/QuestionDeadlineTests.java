package echanges.procurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/** Times in the tables are Québec local times. */
class QuestionDeadlineTests {

    private static final HolidayCalendar QC = HolidayCalendar.quebec();

    private static Instant at(LocalDateTime local) {
        return local.atZone(HolidayCalendar.QUEBEC_TIME).toInstant();
    }

    @Nested
    class Deadline {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,        deadline: closing time 3 business days before, case
                2026-03-20T14:00, 2026-03-17T14:00, Friday: back to Tuesday
                2026-03-24T14:00, 2026-03-19T14:00, Tuesday: over the weekend
                2026-04-09T14:00, 2026-04-02T14:00, over Good Friday and Easter Monday
                2027-01-05T14:00, 2026-12-30T14:00, over 1 and 2 January
                2026-12-29T10:00, 2026-12-23T10:00, over Christmas and 26 December
                2026-03-10T14:00, 2026-03-05T14:00, over the start of daylight saving
                2026-03-21T14:00, 2026-03-18T14:00, a Saturday closing counts Friday as the first
                """)
        void shouldFallAtTheClosingTimeThreeBusinessDaysBefore(LocalDateTime closing, LocalDateTime deadline, String situation) {
            assertThat(QuestionDeadline.before(at(closing), QC).at()).as(situation).isEqualTo(at(deadline));
        }

        @Test
        void shouldUseTheJurisdictionsNumberOfBusinessDays() {
            QuestionDeadline fiveDays = QuestionDeadline.before(at(LocalDateTime.parse("2026-03-20T14:00")), 5, QC);

            assertThat(fiveDays.at()).isEqualTo(at(LocalDateTime.parse("2026-03-13T14:00")));
        }

        @Test
        void shouldRefuseANegativeNumberOfBusinessDays() {
            assertThatThrownBy(() -> QuestionDeadline.before(Instant.parse("2026-03-20T18:00:00Z"), -1, QC))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Declining {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # closing,        question asked,   may be declined, case
                2026-03-20T14:00, 2026-03-16T09:00, false, four business days before
                2026-03-20T14:00, 2026-03-17T13:59, false, a minute before the deadline
                2026-03-20T14:00, 2026-03-17T14:00, false, exactly 3 business days: not less
                2026-03-20T14:00, 2026-03-17T14:01, true,  a minute after the deadline
                2026-03-20T14:00, 2026-03-19T09:00, true,  the day before closing
                2026-03-20T14:00, 2026-03-20T15:00, true,  after closing
                2026-03-24T14:00, 2026-03-21T10:00, true,  on the Saturday before a Tuesday closing
                2026-03-24T14:00, 2026-03-19T14:00, false, Thursday at closing time before a Tuesday closing
                2026-04-09T14:00, 2026-04-03T10:00, true,  on Good Friday before a Thursday closing
                2026-04-09T14:00, 2026-04-02T11:00, false, on the Thursday before Easter
                2027-01-05T14:00, 2026-12-31T09:00, true,  on New Year's Eve
                2027-01-05T14:00, 2026-12-30T09:00, false, on 30 December
                """)
        void shouldLetTheBodyDeclineQuestionsSentLessThanThreeBusinessDaysBefore(LocalDateTime closing, LocalDateTime asked,
                boolean mayBeDeclined, String situation) {
            assertThat(QuestionDeadline.mayBeDeclined(at(asked), at(closing), QC)).as(situation).isEqualTo(mayBeDeclined);
        }

        @Test
        void shouldAgreeWithTheDeadlineItComputes() {
            QuestionDeadline deadline = QuestionDeadline.before(at(LocalDateTime.parse("2026-03-20T14:00")), QC);

            assertThat(deadline.isMissedBy(deadline.at())).isFalse();
            assertThat(deadline.isMissedBy(deadline.at().plusSeconds(1))).isTrue();
        }
    }
}
