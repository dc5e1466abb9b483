package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One proposal's result: everything its supplier is told under s. 26 (accepted or not, quality
 * score, adjusted price, rank) and the reasons of s. 12.
 *
 * @param price the price submitted, which is the contract price if it wins (s. 37: the margin has
 *        no "effect on the price for contract awarding purposes")
 * @param rejections why it was not accepted; empty when accepted
 * @param finalScore the Schedule 2 final score for quality, also for a proposal rejected on quality;
 *        absent under other rules or when rejected before evaluation
 * @param adjustedPrice the Schedule 2 adjusted price (Sch. 2 (8)) of the price submitted, reduced
 *        by the preferential margin if earned, before additional costs; absent under other rules
 *        and for unacceptable proposals
 * @param comparedPrice the amount ranked: the (margin-reduced, under Schedule 2 adjusted) price plus
 *        the additional costs of s. 15.1.1; absent when rejected
 * @param rank 1 for the winner, then 2, 3...; ties broken by the drawing of lots; absent when rejected
 * @param requiresJustification the price looks unusually low (s. 15.3): the supplier must explain it
 *        before the contract is awarded to it
 */
public record ProposalOutcome(String proposalId, String supplierId, BigDecimal price, List<RejectionReason> rejections,
        @Nullable Score finalScore, @Nullable BigDecimal adjustedPrice, @Nullable BigDecimal comparedPrice,
        @Nullable Integer rank, boolean requiresJustification) {

    public ProposalOutcome {
        rejections = List.copyOf(rejections);
        if (rejections.isEmpty() != (rank != null && comparedPrice != null))
            throw new IllegalArgumentException("an outcome is ranked and compared exactly when it is accepted");
    }

    public boolean accepted() {
        return rejections.isEmpty();
    }

    public boolean won() {
        return rank != null && rank == 1;
    }
}
