package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.forum.rules.ForumSettings.TrustThresholds;

class ForumSettingsTests {

    @Test
    void shouldDefaultToTheIssuesLimits() {
        ForumSettings defaults = ForumSettings.DEFAULTS;

        assertThat(defaults.postInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.memberPostInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.firstDayThreads()).isEqualTo(3);
        assertThat(defaults.firstDayReplies()).isEqualTo(20);
        assertThat(defaults.newUserLinks()).isEqualTo(2);
        assertThat(defaults.mentionsPerPost()).isEqualTo(10);
        assertThat(defaults.flagsToHide()).isEqualTo(3);
        assertThat(defaults.editGracePeriod()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldDefaultToDiscoursesTrustThresholdsAdapted() {
        ForumSettings defaults = ForumSettings.DEFAULTS;

        assertThat(defaults.basic()).isEqualTo(new TrustThresholds(Duration.ofMinutes(10), 30, 5, 0, 0));
        assertThat(defaults.member()).isEqualTo(new TrustThresholds(Duration.ofDays(15), 100, 20, 3, 1));
        assertThat(defaults.regular()).isEqualTo(new TrustThresholds(Duration.ofDays(50), 500, 20, 20, 10));
    }

    @Nested
    class Validation {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # component,           a value that is not positive
                postInterval,          PT0S
                postInterval,          PT-1S
                memberPostInterval,    PT0S
                editGracePeriod,       PT0S
                editGracePeriod,       PT-5M
                """)
        void shouldRefuseAPeriodThatIsNotPositive(String component, Duration value) {
            assertThatThrownBy(() -> Settings.defaultsWith(component, value))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(component).hasMessageContaining(value.toString());
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # component,        a value that is not positive
                firstDayThreads,    0
                firstDayReplies,    0
                newUserLinks,       0
                mentionsPerPost,    0
                flagsToHide,        0
                flagsToHide,        -3
                """)
        void shouldRefuseACountThatIsNotPositive(String component, int value) {
            assertThatThrownBy(() -> Settings.defaultsWith(component, value))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(component + " must be positive, was " + value);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # memberPostInterval (postInterval: 30 s), accepted
                PT1S,   true
                PT30S,  true
                PT31S,  false
                """)
        void shouldNeverSlowMembersBelowNewcomers(Duration memberPostInterval, boolean accepted) {
            if (accepted) assertThatCode(() -> Settings.defaultsWith("memberPostInterval", memberPostInterval)).doesNotThrowAnyException();
            else assertThatThrownBy(() -> Settings.defaultsWith("memberPostInterval", memberPostInterval))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed postInterval");
        }

        @Test
        void shouldAcceptThresholdsThatAskNothing() {
            assertThatCode(() -> new TrustThresholds(Duration.ZERO, 0, 0, 0, 0)).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # registeredFor, postsRead, threadsRead, postsWritten, likesReceived, named
                PT-1S,           0,         0,           0,            0,             registeredFor
                PT0S,            -1,        0,           0,            0,             postsRead
                PT0S,            0,         -1,          0,            0,             threadsRead
                PT0S,            0,         0,           -1,           0,             postsWritten
                PT0S,            0,         0,           0,            -1,            likesReceived
                """)
        void shouldRefuseNegativeThresholds(Duration registeredFor, int postsRead, int threadsRead, int postsWritten, int likesReceived,
                String named) {
            assertThatThrownBy(() -> new TrustThresholds(registeredFor, postsRead, threadsRead, postsWritten, likesReceived))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
        }
    }
}
