package echanges.procurement.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.contract.PerformanceReview.State;

/** s. 38.1 publication of amendments and the s. 42–45 report periods, with the regulation's numbers. */
class ContractRulesTests {

    private static final ContractSettings QC = ContractSettings.DEFAULTS;

    @ParameterizedTest(name = "initial {0}, from {1} to {2}, already publishing {3} → published {4}, shows {5}")
    @CsvSource({
            "20000, 20000, 22000, false, false, 2000",
            "20000, 20000, 22000.01, false, true, 2000.01",
            "20000, 21500, 23000, false, true, 3000",
            "20000, 23000, 23100, true, true, 100",
            "20000, 23000, 22000, true, true, -1000",
            "20000, 20000, 19000, false, false, -1000",
            "50000, 50000, 55000, false, false, 5000",
            "50000, 54000, 55500, false, true, 5500"})
    void shouldPublishOnceTheInitialAmountRisesByMoreThanTenPercent(String initial, String current, String next, boolean publishing,
            boolean published, String shows) {
        AmendmentPublication.Decision d = AmendmentPublication.of(new BigDecimal(initial), new BigDecimal(current), new BigDecimal(next), publishing, QC);
        assertThat(d.published()).isEqualTo(published);
        assertThat(d.additionalExpenditure()).isEqualByComparingTo(shows);
    }

    @Test
    void shouldRefuseAmendmentsThatChangeNothingOrAreNotMoney() {
        assertThatThrownBy(() -> AmendmentPublication.of(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100.00"), false, QC))
                .isInstanceOf(ContractRuleBroken.InvalidInput.class);
        assertThatThrownBy(() -> AmendmentPublication.of(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("-1"), false, QC))
                .isInstanceOf(ContractRuleBroken.InvalidInput.class);
        assertThatThrownBy(() -> AmendmentPublication.of(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100.001"), false, QC))
                .isInstanceOf(ContractRuleBroken.InvalidInput.class);
    }

    private static final Instant FILED = Instant.parse("2026-03-02T12:00:00Z");

    @ParameterizedTest(name = "day {0}, commented on day {1}, decision {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "0, -, -, AWAITING_COMMENTS",
            "30, -, -, AWAITING_COMMENTS",
            "31, -, -, AWAITING_DECISION",
            "60, -, -, AWAITING_DECISION",
            "61, -, -, DEEMED_SATISFACTORY",
            "12, 10, -, AWAITING_DECISION",
            "40, 10, -, AWAITING_DECISION",
            "41, 10, -, DEEMED_SATISFACTORY",
            "90, 10, true, UPHELD",
            "90, 10, false, CANCELLED"})
    void shouldFollowTheReportThroughItsPeriods(int day, Integer commentedOn, Boolean upheld, State expected) {
        Instant commented = commentedOn == null ? null : FILED.plus(Duration.ofDays(commentedOn));
        PerformanceReview review = new PerformanceReview(FILED, commented, upheld, upheld == null ? null : FILED.plus(Duration.ofDays(20)), QC);
        assertThat(review.stateAt(FILED.plus(Duration.ofDays(day)))).isEqualTo(expected);
    }

    @Test
    void shouldAllowFilingUntilSixtyDaysAfterTheEnd() {
        Instant end = Instant.parse("2026-06-30T12:00:00Z");
        PerformanceReview.checkFiling(null, end, QC);
        PerformanceReview.checkFiling(end, end.plus(Duration.ofDays(60)), QC);
        assertThatThrownBy(() -> PerformanceReview.checkFiling(end, end.plus(Duration.ofDays(61)), QC))
                .isInstanceOf(ContractRuleBroken.OutOfTime.class).hasMessageContaining("s. 43");
    }
}
