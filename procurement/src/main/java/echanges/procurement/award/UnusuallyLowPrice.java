package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.List;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * A first screen for s. 15.3, "where a public body observes that the price of a tender is
 * unusually low": a flagged price is one the body must ask the supplier to justify, in writing,
 * before awarding to it. Only the committee of s. 15.4 decides that a price is unusually low
 * (s. 15.2), and only then is the tender rejected (s. 7.1); this class never rejects.
 *
 * <p>The screen uses the first two factors of s. 15.5: "(1) the gap between the tendered price and
 * the public body's estimate" and "(2) the gap between the tendered price and the price tendered by
 * the other suppliers that have submitted a compliant tender". A price is flagged when it is
 * <em>strictly</em> more than {@code belowEstimate} under the estimate <em>and</em> strictly more
 * than {@code belowOthers} under the median of the other compliant prices. The median, not the
 * mean, so that one other outlier cannot hide or create a flag. When no other compliant price
 * exists, factor (2) cannot be measured and the estimate alone decides: a sole tender far below
 * the estimate is the very case s. 15.3 is for.
 */
public final class UnusuallyLowPrice {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private UnusuallyLowPrice() {
    }

    /**
     * A jurisdiction's thresholds; {@link #DEFAULTS}: more than 30% below the estimate and more than
     * 30% below the median of the others.
     */
    public record Thresholds(Percent belowEstimate, Percent belowOthers) {
        public static final Thresholds DEFAULTS = new Thresholds(Percent.of(30), Percent.of(30));
    }

    /**
     * @param price the tendered price (s. 15.5 compares tendered prices, not compared ones)
     * @param bodyEstimate the body's estimate of the expenditure, above 0
     * @param otherPrices the tendered prices of the other compliant proposals
     */
    public static boolean flags(BigDecimal price, BigDecimal bodyEstimate, List<BigDecimal> otherPrices,
            Thresholds thresholds) {
        if (price.signum() < 0)
            throw new InvalidInput("s. 15.5", "a tendered price cannot be negative, was " + price.toPlainString());
        if (bodyEstimate.signum() <= 0)
            throw new InvalidInput("s. 15.5 (1)", "the body's estimate must be above 0, was " + bodyEstimate.toPlainString());
        boolean farBelowEstimate = farBelow(price, bodyEstimate, thresholds.belowEstimate());
        return farBelowEstimate && (otherPrices.isEmpty() || farBelow(price, median(otherPrices), thresholds.belowOthers()));
    }

    /** The middle price, or the mean of the two middle prices, exact. */
    public static BigDecimal median(List<BigDecimal> prices) {
        if (prices.isEmpty())
            throw new InvalidInput("s. 15.5 (2)", "the median of no prices is undefined");
        List<BigDecimal> sorted = prices.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO);
    }

    /** {@code price < reference × (1 − gap)}, exact: at exactly the gap, not flagged. */
    private static boolean farBelow(BigDecimal price, BigDecimal reference, Percent gap) {
        return price.multiply(HUNDRED).compareTo(reference.multiply(HUNDRED.subtract(gap.value()))) < 0;
    }
}
