package echanges.procurement.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * Sch. 2 (8): "Adjusted price = Price submitted / Quality adjustment factor", the factor being
 * "1 + K (Final score for quality − 70) / 30". K enters as a fraction: K = 30% and a 100-point
 * score give a factor of 1.3, the 30% more the body is "willing to pay to move from a 70-point
 * tender to a 100-point tender".
 *
 * @param price the price to adjust: the price submitted, already reduced by a preferential margin
 *        when s. 37 applies; it may carry fractions of a cent, the result is rounded once
 * @param finalScore the final score for quality of an acceptable tender: at least 70 (Sch. 2 (7))
 */
public record AdjustedPrice(BigDecimal price, Score finalScore, Percent k) {

    private static final BigDecimal THIRTY_HUNDREDTHS = BigDecimal.valueOf(3000);

    public AdjustedPrice {
        if (price.signum() < 0)
            throw new InvalidInput("Sch. 2 (8)", "a price cannot be negative, was " + price.toPlainString());
        if (finalScore.isBelow(Score.ACCEPTABLE))
            throw new InvalidInput("Sch. 2 (8)",
                    "only an acceptable tender (final score of at least 70) is adjusted, final score was " + finalScore);
    }

    /**
     * To the cent, HALF_UP. Computed as {@code price × 3000 / (3000 + K% × (score − 70))}, the same
     * formula with numerator and denominator multiplied by 100, so the only rounding is the last.
     */
    public BigDecimal value() {
        BigDecimal denominator = THIRTY_HUNDREDTHS.add(k.value().multiply(finalScore.value().subtract(Score.ACCEPTABLE.value())));
        return price.multiply(THIRTY_HUNDREDTHS).divide(denominator, Cents.SCALE, RoundingMode.HALF_UP);
    }
}
