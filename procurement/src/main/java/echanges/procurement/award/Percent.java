package echanges.procurement.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * A percentage between 0 and 100 with at most 2 decimals: criterion weights (Sch. 2 (3)), K
 * (Sch. 2 (9)), the preferential margin (s. 37) and the unusually low price thresholds. Kept at
 * scale 2 so that equal percentages are equal records.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public static final Percent ZERO = of(0);
    public static final Percent HUNDRED = of(100);

    public Percent {
        if (value.signum() < 0 || value.compareTo(MAX) > 0)
            throw new InvalidInput(null, "a percentage is between 0 and 100, was " + value.toPlainString());
        try {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInput(null, "a percentage has at most 2 decimals, was " + value.toPlainString());
        }
    }

    public static Percent of(long value) {
        return new Percent(BigDecimal.valueOf(value));
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    /** The same share as a fraction: 30% is 0.3000, exact. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /** {@code amount × (1 − this)}, exact. */
    BigDecimal reduce(BigDecimal amount) {
        return amount.multiply(MAX.subtract(value)).movePointLeft(2);
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
