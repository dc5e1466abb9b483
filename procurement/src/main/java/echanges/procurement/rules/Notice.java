package echanges.procurement.rules;

import java.math.BigDecimal;
import java.time.Instant;

import echanges.procurement.ProcurementException.InvalidNotice;

/**
 * The parts of a challenge notice that the rules constrain, checked when drafting and again,
 * against the clock, when publishing.
 */
public record Notice(String title, String description, BigDecimal budgetCeiling, Instant closesAt) {

    static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    /** Checks what a draft must already satisfy; a draft may still close too early. */
    public void checkDraft(ProcurementSettings settings, Instant now) {
        if (title.isBlank() || title.length() > MAX_TITLE)
            throw new InvalidNotice("a title has 1 to " + MAX_TITLE + " characters");
        if (description.isBlank() || description.length() > MAX_DESCRIPTION)
            throw new InvalidNotice("a description of the need (s. 4) has 1 to " + MAX_DESCRIPTION + " characters");
        checkBudget(settings);
        if (!closesAt.isAfter(now))
            throw new InvalidNotice("the closing date " + closesAt + " is in the past");
    }

    /** s. 4(6) and s. 3: publication leaves at least the minimum tender period before closing. */
    public void checkPublication(ProcurementSettings settings, Instant publishedAt) {
        checkDraft(settings, publishedAt);
        Instant earliest = publishedAt.plus(settings.minimumTenderPeriod());
        if (closesAt.isBefore(earliest))
            throw new InvalidNotice("the challenge must stay open at least " + settings.minimumTenderPeriod().toDays()
                    + " days: closing at " + closesAt + " is before " + earliest);
    }

    /** Seed 000: micro-procurement is for needs below the ceiling; cents at most. */
    private void checkBudget(ProcurementSettings settings) {
        if (budgetCeiling.signum() <= 0)
            throw new InvalidNotice("the budget ceiling must be positive, was " + budgetCeiling.toPlainString());
        if (budgetCeiling.stripTrailingZeros().scale() > 2)
            throw new InvalidNotice("the budget ceiling has at most 2 decimals, was " + budgetCeiling.toPlainString());
        if (budgetCeiling.compareTo(settings.budgetCeiling()) >= 0)
            throw new InvalidNotice("the budget ceiling must be below " + settings.budgetCeiling().toPlainString()
                    + " " + settings.currency() + ", was " + budgetCeiling.toPlainString());
    }
}
