package echanges.procurement.rules;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A jurisdiction's thresholds and periods.
 *
 * @param budgetCeiling a challenge's budget must stay below this (seed 000: 90,000)
 * @param minimumTenderPeriod the least time between publication and closing; below the
 *        public-tender threshold it may differ from the 15 days of s. 4(6) (s. 3): 7 days
 * @param currency the ISO-4217 currency of amounts
 */
public record ProcurementSettings(BigDecimal budgetCeiling, Duration minimumTenderPeriod, String currency) {

    public static final ProcurementSettings DEFAULTS = new ProcurementSettings(new BigDecimal("90000"), Duration.ofDays(7), "CAD");

    public ProcurementSettings {
        if (budgetCeiling.signum() <= 0) throw new IllegalArgumentException("the budget ceiling must be positive");
        if (minimumTenderPeriod.isNegative()) throw new IllegalArgumentException("the tender period cannot be negative");
    }
}
