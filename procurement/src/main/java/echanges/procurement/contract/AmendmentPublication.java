package echanges.procurement.contract;

import java.math.BigDecimal;

/**
 * s. 38.1: an amendment is published once the contract's initial amount "is increased by more than
 * 10%"; the body then publishes the accumulated additional expenditure, "and publishes thereafter
 * each additional expenditure". So the first publication carries everything added since the
 * initial amount, and every amendment after it is published too.
 */
public final class AmendmentPublication {

    private AmendmentPublication() {
    }

    /** What an amendment publishes, if anything: the additional expenditure it shows. */
    public record Decision(boolean published, BigDecimal additionalExpenditure) {
    }

    /**
     * @param initialAmount the amount of the contract as concluded (s. 38 (4))
     * @param currentAmount the amount before this amendment
     * @param newAmount the amount after it
     * @param publishingAlready whether an earlier amendment crossed the threshold
     */
    public static Decision of(BigDecimal initialAmount, BigDecimal currentAmount, BigDecimal newAmount, boolean publishingAlready,
            ContractSettings settings) {
        if (initialAmount.signum() <= 0) throw new ContractRuleBroken.InvalidInput("a contract's initial amount is above 0, was " + initialAmount.toPlainString());
        if (newAmount.signum() < 0) throw new ContractRuleBroken.InvalidInput("a contract's amount cannot be negative, was " + newAmount.toPlainString());
        if (newAmount.scale() > 2 && newAmount.stripTrailingZeros().scale() > 2)
            throw new ContractRuleBroken.InvalidInput("an amount has at most 2 decimals (cents), was " + newAmount.toPlainString());
        if (newAmount.compareTo(currentAmount) == 0)
            throw new ContractRuleBroken.InvalidInput("an amendment changes the amount; it is already " + currentAmount.toPlainString());
        if (publishingAlready) return new Decision(true, newAmount.subtract(currentAmount));
        BigDecimal accumulated = newAmount.subtract(initialAmount);
        BigDecimal threshold = initialAmount.multiply(settings.publishedIncrease().fraction());
        return accumulated.compareTo(threshold) > 0 ? new Decision(true, accumulated) : new Decision(false, newAmount.subtract(currentAmount));
    }
}
