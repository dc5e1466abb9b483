package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditRuleTests {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

    @ParameterizedTest
    @CsvSource(textBlock = """
            # since the last revision, creates a revision (grace period: 5 minutes)
            PT0S,      false
            PT4M59S,   false
            PT4M59.999S, false
            PT5M,      true
            PT5M1S,    true
            P30D,      true
            # a revision stamped after now (clocks apart): within the grace period
            PT-1M,     false
            """)
    void shouldKeepARevisionOnlyAfterTheGracePeriod(Duration sinceLastRevision, boolean createsRevision) {
        Instant lastRevisionAt = NOW.minus(sinceLastRevision);

        assertThat(EditRule.createsRevision(lastRevisionAt, ForumSettings.DEFAULTS, NOW)).isEqualTo(createsRevision);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # grace period, since the last revision, creates a revision
            PT1S,           PT0S,  false
            PT1S,           PT1S,  true
            PT1H,           PT59M, false
            PT1H,           PT1H,  true
            """)
    void shouldApplyTheSettingsOwnGracePeriod(Duration gracePeriod, Duration sinceLastRevision, boolean createsRevision) {
        ForumSettings settings = Settings.defaultsWith("editGracePeriod", gracePeriod);

        assertThat(EditRule.createsRevision(NOW.minus(sinceLastRevision), settings, NOW)).isEqualTo(createsRevision);
    }
}
