package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;
import echanges.procurement.award.UnusuallyLowPrice.Thresholds;

class UnusuallyLowPriceTests {

    private static List<BigDecimal> prices(String prices) {
        return prices.isBlank() ? List.of() : Arrays.stream(prices.trim().split("\\s+")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} against estimate {1} and others [{2}] → {3}")
    @CsvSource(textBlock = """
            # price,  estimate, other prices,       flagged   (defaults: > 30% below both)
            6649.99,  10000,    9000 9500 10000,    true
            6650.00,  10000,    9000 9500 10000,    false
            6999.99,  10000,    20000,              true
            7000.00,  10000,    20000,              false
            6999.99,  10000,    '',                 true
            7000.00,  10000,    '',                 false
            5949.99,  10000,    8000 9000,          true
            5950.00,  10000,    8000 9000,          false
            100,      10000,    120 130 9500,       false
            100,      10000,    120 9000 9500,      true
            100,      10000,    90 9000 9500 9800,  true
            0,        10000,    9000,               true
            9000,     10000,    20000,              false
            """)
    void shouldFlagAPriceFarBelowBothTheEstimateAndTheOthers(String price, String estimate, String others, boolean flagged) {
        boolean flags = UnusuallyLowPrice.flags(new BigDecimal(price), new BigDecimal(estimate), prices(others), Thresholds.DEFAULTS);

        assertThat(flags).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # price, below estimate, below others, flagged   (estimate 10000, others median 8000)
            4999.99, 50,             20,           true
            5000.00, 50,             20,           false
            6399.99, 20,             20,           true
            6400.00, 20,             20,           false
            7999.99, 0,              0,            true
            1,       100,            0,            false
            """)
    void shouldApplyTheJurisdictionsThresholds(String price, String belowEstimate, String belowOthers, boolean flagged) {
        Thresholds thresholds = new Thresholds(Percent.of(belowEstimate), Percent.of(belowOthers));

        boolean flags = UnusuallyLowPrice.flags(new BigDecimal(price), new BigDecimal("10000"), prices("8000"), thresholds);

        assertThat(flags).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # prices,             median
            5,                    5
            5 1,                  3
            1 2 3,                2
            10 1 4 3,             3.5
            0.01 0.02,            0.015
            """)
    void shouldTakeTheMedianOfTheOtherPrices(String prices, String median) {
        assertThat(UnusuallyLowPrice.median(prices(prices))).isEqualByComparingTo(median);
    }

    @Test
    void shouldRefuseAnEstimateOfNothingOrANegativePrice() {
        assertThatThrownBy(() -> UnusuallyLowPrice.flags(BigDecimal.ONE, BigDecimal.ZERO, List.of(), Thresholds.DEFAULTS))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("s. 15.5 (1)");
        assertThatThrownBy(() -> UnusuallyLowPrice.flags(new BigDecimal("-1"), BigDecimal.TEN, List.of(), Thresholds.DEFAULTS))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("-1");
    }
}
