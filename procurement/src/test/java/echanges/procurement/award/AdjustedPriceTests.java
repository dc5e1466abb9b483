package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

class AdjustedPriceTests {

    @ParameterizedTest(name = "{0} at {1} points with K {2}% → {3}")
    @CsvSource(textBlock = """
            # price,   final score, K,  adjusted price (Sch. 2 (8), to the cent, HALF_UP)
            1000,      70,          15, 1000.00
            1000,      70,          30, 1000.00
            1300,      100,         30, 1000.00
            1150,      100,         15, 1000.00
            1100,      85,          20, 1000.00
            1000,      100,         30, 769.23
            1000,      85,          20, 909.09
            1000,      71,          20, 993.38
            1000,      70.01,       30, 999.90
            1280.16,   100,         28, 1000.13
            0,         90,          20, 0.00
            """)
    void shouldDivideThePriceByTheQualityAdjustmentFactor(String price, String score, String k, String expected) {
        AdjustedPrice adjusted = new AdjustedPrice(new BigDecimal(price), Score.of(score), Percent.of(k));

        assertThat(adjusted.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # final score
            69.99
            50
            0
            """)
    void shouldRefuseToAdjustAnUnacceptableTender(String score) {
        assertThatThrownBy(() -> new AdjustedPrice(new BigDecimal("1000"), Score.of(score), Percent.of(20)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Sch. 2 (8)").hasMessageContaining(score);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # price submitted, final score, K, higher quality wins over a lower price
            1000,              70,          30, false
            1299.99,           100,         30, true
            1300.00,           100,         30, false
            1300.01,           100,         30, false
            """)
    void shouldLetAHundredPointTenderCostUpToKMoreThanASeventyPointOne(String price, String score, String k,
            boolean wins) {
        BigDecimal seventyPointTender = new AdjustedPrice(new BigDecimal("1000"), Score.ACCEPTABLE, Percent.of(k)).value();

        BigDecimal adjusted = new AdjustedPrice(new BigDecimal(price), Score.of(score), Percent.of(k)).value();

        assertThat(adjusted.compareTo(seventyPointTender) < 0).isEqualTo(wins);
    }
}
