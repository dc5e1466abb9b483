package echanges.procurement.rules;

import java.math.BigDecimal;
import java.time.Duration;

import echanges.procurement.award.UnusuallyLowPrice;
import echanges.procurement.contract.ContractSettings;
import echanges.procurement.evaluation.EvaluationSettings;

/**
 * A jurisdiction's thresholds and periods.
 *
 * @param budgetCeiling a challenge's budget must stay below this (seed 000: 90,000)
 * @param minimumTenderPeriod the least time between publication and closing; below the
 *        public-tender threshold it may differ from the 15 days of s. 4(6) (s. 3): 7 days
 * @param currency the ISO-4217 currency of amounts
 * @param evaluation the committee's size and the demo stage's
 * @param contracts the publication threshold and periods after the award
 * @param unusuallyLowPrice how far below the estimate and the others a price is flagged (s. 15.3)
 */
public record ProcurementSettings(BigDecimal budgetCeiling, Duration minimumTenderPeriod, String currency,
                                  EvaluationSettings evaluation, ContractSettings contracts, UnusuallyLowPrice.Thresholds unusuallyLowPrice) {

    public static final ProcurementSettings DEFAULTS = new ProcurementSettings(new BigDecimal("90000"), Duration.ofDays(7), "CAD");

    /** A jurisdiction that keeps the default committee, contract and unusually-low-price settings. */
    public ProcurementSettings(BigDecimal budgetCeiling, Duration minimumTenderPeriod, String currency) {
        this(budgetCeiling, minimumTenderPeriod, currency, EvaluationSettings.DEFAULTS, ContractSettings.DEFAULTS, UnusuallyLowPrice.Thresholds.DEFAULTS);
    }

    public ProcurementSettings {
        if (budgetCeiling.signum() <= 0) throw new IllegalArgumentException("the budget ceiling must be positive");
        if (minimumTenderPeriod.isNegative()) throw new IllegalArgumentException("the tender period cannot be negative");
    }
}
