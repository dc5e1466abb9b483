package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.forum.rules.ForumSettings.TrustThresholds;

class TrustLevelTests {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

    private static Activity activity(Duration registeredFor, int postsRead, int threadsRead, int postsWritten, int likesReceived) {
        return new Activity(NOW.minus(registeredFor), postsRead, threadsRead, postsWritten, likesReceived);
    }

    @Nested
    class Promotion {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # registered for, posts read, threads read, posts written, likes received, level
                PT0S,             0,          0,            0,             0,              NEW
                # BASIC: 10 minutes, 30 posts read, 5 threads read
                PT10M,            30,         5,            0,             0,              BASIC
                PT9M59S,          30,         5,            0,             0,              NEW
                PT10M,            29,         5,            0,             0,              NEW
                PT10M,            30,         4,            0,             0,              NEW
                # MEMBER: 15 days, 100 posts read, 20 threads read, 3 posts written, 1 like received
                P15D,             100,        20,           3,             1,              MEMBER
                P14DT23H59M59S,   100,        20,           3,             1,              BASIC
                P15D,             99,         20,           3,             1,              BASIC
                P15D,             100,        19,           3,             1,              BASIC
                P15D,             100,        20,           2,             1,              BASIC
                P15D,             100,        20,           3,             0,              BASIC
                # REGULAR: 50 days, 500 posts read, 20 posts written, 10 likes received
                P50D,             500,        20,           20,            10,             REGULAR
                P49DT23H59M59S,   500,        20,           20,            10,             MEMBER
                P50D,             499,        20,           20,            10,             MEMBER
                P50D,             500,        20,           19,            10,             MEMBER
                P50D,             500,        20,           20,            9,              MEMBER
                P400D,            5000,       900,          300,           200,            REGULAR
                """)
        void shouldPromoteAtEachThresholdAndNotBelow(Duration registeredFor, int postsRead, int threadsRead, int postsWritten,
                int likesReceived, TrustLevel expected) {
            Activity activity = activity(registeredFor, postsRead, threadsRead, postsWritten, likesReceived);

            TrustLevel level = TrustLevel.of(activity, ForumSettings.DEFAULTS, NOW);

            assertThat(level).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # registered for, posts read, threads read, posts written, likes received, level
                # a regular's likes and posts, but fewer than 30 posts read: never read enough to be basic
                P400D,            29,         100,          300,           200,            NEW
                # a regular's everything but 19 threads read: stops at basic
                P400D,            5000,       19,           300,           200,            BASIC
                """)
        void shouldClimbTheLevelsInOrder(Duration registeredFor, int postsRead, int threadsRead, int postsWritten, int likesReceived,
                TrustLevel expected) {
            Activity activity = activity(registeredFor, postsRead, threadsRead, postsWritten, likesReceived);

            TrustLevel level = TrustLevel.of(activity, ForumSettings.DEFAULTS, NOW);

            assertThat(level).isEqualTo(expected);
        }

        @Test
        void shouldNotTrustAnAccountRegisteredInTheFuture() {
            Activity activity = new Activity(NOW.plusSeconds(60), 1000, 100, 100, 100);

            assertThat(TrustLevel.of(activity, ForumSettings.DEFAULTS, NOW)).isEqualTo(TrustLevel.NEW);
        }

        @Test
        void shouldApplyTheSettingsOwnThresholds() {
            ForumSettings open = Settings.defaultsWith("basic", new TrustThresholds(Duration.ZERO, 0, 0, 0, 0));

            assertThat(TrustLevel.of(activity(Duration.ZERO, 0, 0, 0, 0), open, NOW)).isEqualTo(TrustLevel.BASIC);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NEW,     0
            BASIC,   1
            MEMBER,  2
            REGULAR, 3
            """)
    void shouldCarryDiscoursesNumbers(TrustLevel level, int number) {
        assertThat(level.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # level,  other,    at least
            NEW,      NEW,      true
            NEW,      BASIC,    false
            BASIC,    NEW,      true
            MEMBER,   MEMBER,   true
            MEMBER,   REGULAR,  false
            REGULAR,  MEMBER,   true
            """)
    void shouldCompareLevels(TrustLevel level, TrustLevel other, boolean atLeast) {
        assertThat(level.atLeast(other)).isEqualTo(atLeast);
    }

    @Test
    void shouldRefuseNegativeActivity() {
        assertThatThrownBy(() -> new Activity(NOW, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 posts read");
        assertThatThrownBy(() -> new Activity(NOW, 0, 0, 0, -2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2 likes");
    }
}
