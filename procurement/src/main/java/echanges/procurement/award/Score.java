package echanges.procurement.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * A quality score on the scale of 0 to 100 points (Sch. 2 (4); Sch. 1 uses the same scale here),
 * with at most 2 decimals, kept at scale 2. Consolidated and final scores are rounded to 2
 * decimals, HALF_UP, before they become a {@code Score}.
 */
public record Score(BigDecimal value) implements Comparable<Score> {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public static final Score ZERO = of(0);
    public static final Score MAXIMUM = of(100);
    /** Sch. 2 (4) and (7): the "acceptable level of performance" corresponds to 70 points. */
    public static final Score ACCEPTABLE = of(70);

    public Score {
        if (value.signum() < 0 || value.compareTo(MAX) > 0)
            throw new InvalidInput("Sch. 2 (4)", "a score is on a scale of 0 to 100 points, was " + value.toPlainString());
        try {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInput("Sch. 2 (4)", "a score has at most 2 decimals, was " + value.toPlainString());
        }
    }

    public static Score of(long value) {
        return new Score(BigDecimal.valueOf(value));
    }

    public static Score of(String value) {
        return new Score(new BigDecimal(value));
    }

    /** Rounds an exact computed score (an average, a weighted sum) to 2 decimals, HALF_UP. */
    static Score rounded(BigDecimal exact) {
        return new Score(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isBelow(Score other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
