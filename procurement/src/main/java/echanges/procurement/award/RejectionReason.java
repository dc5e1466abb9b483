package echanges.procurement.award;

/**
 * Why a proposal was not accepted, for the notice to its supplier (s. 12: "give the reason for the
 * rejection"; s. 26: "confirmation that their tender was accepted or not").
 */
public sealed interface RejectionReason {

    String section();

    String explanation();

    /** s. 7 and s. 12: the proposal fails a compliance requirement or the supplier is ineligible. */
    record NonCompliant() implements RejectionReason {
        @Override public String section() { return "s. 12"; }
        @Override public String explanation() { return "the tender is non-compliant or the supplier is ineligible"; }
    }

    /** s. 7: "the filing by a supplier of several tenders ... entails automatic rejection of all". */
    record SeveralProposals(String supplierId) implements RejectionReason {
        @Override public String section() { return "s. 7"; }
        @Override public String explanation() {
            return "supplier " + supplierId + " filed several tenders for the same call, which rejects all of them";
        }
    }

    /** Sch. 1 (3): "does not reach that level of performance in respect of any criterion". */
    record BelowAcceptableLevel(String criterionId, Score score, Score acceptableLevel) implements RejectionReason {
        @Override public String section() { return "Sch. 1 (3)"; }
        @Override public String explanation() {
            return "criterion " + criterionId + " scored " + score + ", below its acceptable level of " + acceptableLevel;
        }
    }

    /** Sch. 2 (5): the notice requires at least 70 points on this criterion. */
    record BelowCriterionMinimum(String criterionId, Score score) implements RejectionReason {
        @Override public String section() { return "Sch. 2 (5)"; }
        @Override public String explanation() {
            return "criterion " + criterionId + " scored " + score + ", below the required minimum of 70 points";
        }
    }

    /** Sch. 2 (7): "a tender whose final score is at least 70 points" is acceptable. */
    record FinalScoreBelowThreshold(Score finalScore) implements RejectionReason {
        @Override public String section() { return "Sch. 2 (7)"; }
        @Override public String explanation() {
            return "the final score for quality is " + finalScore + ", below 70 points";
        }
    }
}
