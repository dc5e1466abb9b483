package echanges.procurement.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.ProcurementException.InvalidNotice;

class NoticeTests {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    private static final ProcurementSettings QC = ProcurementSettings.DEFAULTS;

    private static Notice notice(String budget, Duration closesIn) {
        return new Notice("Portail de permis", "Le besoin.", new BigDecimal(budget), NOW.plus(closesIn));
    }

    @Nested
    class BudgetCeiling {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # budget,   accepted
                1.00,        true
                45000,       true
                89999.99,    true
                90000.00,    false
                90000.01,    false
                120000,      false
                0,           false
                -5,          false
                100.001,     false
                """)
        void shouldAcceptOnlyBudgetsBelowTheCeilingInCents(String budget, boolean accepted) {
            Notice notice = notice(budget, Duration.ofDays(30));

            if (accepted) assertThatCode(() -> notice.checkDraft(QC, NOW)).doesNotThrowAnyException();
            else assertThatThrownBy(() -> notice.checkDraft(QC, NOW)).isInstanceOf(InvalidNotice.class);
        }

        @Test
        void shouldApplyTheJurisdictionsOwnCeiling() {
            ProcurementSettings lower = new ProcurementSettings(new BigDecimal("25000"), Duration.ofDays(7), "CAD");

            assertThatThrownBy(() -> notice("30000", Duration.ofDays(30)).checkDraft(lower, NOW))
                    .isInstanceOf(InvalidNotice.class).hasMessageContaining("below 25000");
        }
    }

    @Nested
    class ClosingDate {

        @Test
        void shouldRefuseADraftThatAlreadyClosed() {
            assertThatThrownBy(() -> notice("1000", Duration.ofHours(-1)).checkDraft(QC, NOW)).isInstanceOf(InvalidNotice.class);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # hours after publication, publishable (minimum period: 7 days = 168 hours)
                167, false
                168, true
                500, true
                """)
        void shouldKeepTheMinimumTenderPeriodAfterPublication(long hours, boolean publishable) {
            Notice notice = notice("1000", Duration.ofHours(hours));

            if (publishable) assertThatCode(() -> notice.checkPublication(QC, NOW)).doesNotThrowAnyException();
            else assertThatThrownBy(() -> notice.checkPublication(QC, NOW)).isInstanceOf(InvalidNotice.class).hasMessageContaining("7 days");
        }
    }

    @Test
    void shouldRequireATitleAndADescriptionOfTheNeed() {
        assertThatThrownBy(() -> new Notice(" ", "Le besoin.", BigDecimal.TEN, NOW.plus(Duration.ofDays(9))).checkDraft(QC, NOW))
                .isInstanceOf(InvalidNotice.class);
        assertThatThrownBy(() -> new Notice("Titre", "", BigDecimal.TEN, NOW.plus(Duration.ofDays(9))).checkDraft(QC, NOW))
                .isInstanceOf(InvalidNotice.class).hasMessageContaining("s. 4");
    }
}
