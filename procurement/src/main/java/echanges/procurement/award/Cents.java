package echanges.procurement.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/** Amounts are exact cents: inputs never carry fractions of a cent, results round once, HALF_UP. */
final class Cents {

    static final int SCALE = 2;

    private Cents() {
    }

    /** An input amount: not negative, at most 2 decimals, returned at scale 2. */
    static BigDecimal of(BigDecimal amount, @Nullable String section, String what) {
        if (amount.signum() < 0)
            throw new InvalidInput(section, what + " cannot be negative, was " + amount.toPlainString());
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInput(section, what + " has at most 2 decimals (cents), was " + amount.toPlainString());
        }
    }

    /** A computed amount: to the cent, HALF_UP, the rounding a supplier can check by hand. */
    static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
