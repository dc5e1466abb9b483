package echanges.procurement.contract;

import java.time.Duration;

import echanges.procurement.award.Percent;

/**
 * A jurisdiction's contract periods and thresholds.
 *
 * @param publishedIncrease s. 38.1: amendments are published once they raise the initial amount by more than this
 * @param initialDescriptionWithin s. 38: 15 days from the conclusion of the contract
 * @param finalDescriptionWithin s. 38.2: 90 days from the end of the contract
 * @param reportWithin s. 43: the evaluation is completed at the latest 60 days after the end of the contract
 * @param commentWithin s. 44: the supplier comments within 30 days of receiving the report
 * @param decisionWithin s. 45: the chief executive decides within 30 days of the comments or of the end of that window
 */
public record ContractSettings(Percent publishedIncrease, Duration initialDescriptionWithin, Duration finalDescriptionWithin,
                               Duration reportWithin, Duration commentWithin, Duration decisionWithin) {

    public static final ContractSettings DEFAULTS = new ContractSettings(Percent.of(10), Duration.ofDays(15), Duration.ofDays(90),
            Duration.ofDays(60), Duration.ofDays(30), Duration.ofDays(30));

    public ContractSettings {
        for (Duration d : new Duration[] {initialDescriptionWithin, finalDescriptionWithin, reportWithin, commentWithin, decisionWithin})
            if (d.isNegative()) throw new IllegalArgumentException("contract periods cannot be negative");
    }
}
