package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import echanges.procurement.award.AwardRule.MinimumQuality;
import echanges.procurement.award.AwardRule.PriceOnly;
import echanges.procurement.award.AwardRule.QualityPrice;
import echanges.procurement.award.AwardRuleBroken.InvalidInput;
import echanges.procurement.award.RejectionReason.BelowAcceptableLevel;
import echanges.procurement.award.RejectionReason.BelowCriterionMinimum;
import echanges.procurement.award.RejectionReason.FinalScoreBelowThreshold;
import echanges.procurement.award.RejectionReason.NonCompliant;
import echanges.procurement.award.RejectionReason.SeveralProposals;

/**
 * The result of applying a notice's award rule to the evaluated proposals: every proposal's
 * outcome, the drawings of lots, and the winner, if any. No winner means the call is unsuccessful.
 *
 * <p>The decision does not award by itself: when the winner's price was flagged as unusually low
 * ({@link #winnerRequiresJustification()}), the body must first obtain the supplier's explanations
 * (s. 15.3) and, if the committee of s. 15.4 upholds that the price is unusually low, reject the
 * proposal (s. 7.1: mark it non-conforming) and decide again.
 *
 * @param outcomes the accepted proposals by rank, then the rejected ones in the order given
 * @param draws the drawings of lots held (s. 14), by compared price
 */
public record AwardDecision(AwardRule rule, List<ProposalOutcome> outcomes, List<Draw> draws) {

    public AwardDecision {
        outcomes = List.copyOf(outcomes);
        draws = List.copyOf(draws);
    }

    /**
     * Applies the rule, without screening for unusually low prices.
     *
     * @throws AwardRuleBroken.InvalidConfiguration if the rule breaks the regulation
     * @throws InvalidInput if proposal ids repeat or a conforming proposal lacks a criterion's score
     */
    public static AwardDecision decide(AwardRule rule, List<ProposalEvaluation> proposals, TieBreak tieBreak) {
        return decide(rule, proposals, tieBreak, null);
    }

    /** Applies the rule and flags the accepted proposals whose price looks unusually low (s. 15.3). */
    public static AwardDecision decide(AwardRule rule, List<ProposalEvaluation> proposals, TieBreak tieBreak,
            BigDecimal bodyEstimate, UnusuallyLowPrice.Thresholds thresholds) {
        return decide(rule, proposals, tieBreak, new Screening(bodyEstimate, thresholds));
    }

    public Optional<ProposalOutcome> winner() {
        return outcomes.stream().filter(ProposalOutcome::won).findFirst();
    }

    /** Whether some proposal is acceptable; otherwise the call for proposals is unsuccessful. */
    public boolean successful() {
        return winner().isPresent();
    }

    public List<ProposalOutcome> requiringJustification() {
        return outcomes.stream().filter(ProposalOutcome::requiresJustification).toList();
    }

    /** Whether the contract must wait for the winner to justify its price (s. 15.3). */
    public boolean winnerRequiresJustification() {
        return winner().map(ProposalOutcome::requiresJustification).orElse(false);
    }

    public Optional<ProposalOutcome> outcomeOf(String proposalId) {
        return outcomes.stream().filter(o -> o.proposalId().equals(proposalId)).findFirst();
    }

    private record Screening(BigDecimal bodyEstimate, UnusuallyLowPrice.Thresholds thresholds) {
        Screening {
            // Checked even when nothing is accepted, so a wrong estimate never passes unnoticed.
            if (bodyEstimate.signum() <= 0)
                throw new InvalidInput("s. 15.5 (1)", "the body's estimate must be above 0, was " + bodyEstimate.toPlainString());
        }
    }

    /** An outcome before ranking. */
    private record Assessed(ProposalEvaluation proposal, List<RejectionReason> rejections, @Nullable Score finalScore,
            @Nullable BigDecimal adjustedPrice, @Nullable BigDecimal comparedPrice) {
    }

    private static AwardDecision decide(AwardRule rule, List<ProposalEvaluation> proposals, TieBreak tieBreak,
            @Nullable Screening screening) {
        rule.validate();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> proposalsBySupplier = new HashMap<>();
        for (ProposalEvaluation proposal : proposals) {
            if (!ids.add(proposal.proposalId()))
                throw new InvalidInput(null, "proposal " + proposal.proposalId() + " is evaluated twice");
            proposalsBySupplier.merge(proposal.supplierId(), 1, Integer::sum);
        }

        List<Assessed> assessed = proposals.stream()
                .map(p -> assess(rule, p, proposalsBySupplier.get(p.supplierId()) > 1))
                .toList();
        List<Assessed> accepted = assessed.stream()
                .filter(a -> a.rejections().isEmpty())
                .sorted(Comparator.comparing(a -> requireCompared(a)))
                .toList();

        List<Draw> draws = new ArrayList<>();
        List<Assessed> ranked = breakTies(accepted, tieBreak, draws);

        // s. 15.5 (2) compares with "the other suppliers that have submitted a compliant tender".
        List<ProposalEvaluation> compliant = assessed.stream()
                .filter(a -> a.rejections().stream().noneMatch(r -> r instanceof NonCompliant || r instanceof SeveralProposals))
                .map(Assessed::proposal)
                .toList();
        List<ProposalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Assessed a = ranked.get(i);
            boolean flagged = screening != null && unusuallyLow(a.proposal(), compliant, screening);
            outcomes.add(new ProposalOutcome(a.proposal().proposalId(), a.proposal().supplierId(), a.proposal().price(),
                    List.of(), a.finalScore(), a.adjustedPrice(), a.comparedPrice(), i + 1, flagged));
        }
        for (Assessed a : assessed)
            if (!a.rejections().isEmpty())
                outcomes.add(new ProposalOutcome(a.proposal().proposalId(), a.proposal().supplierId(), a.proposal().price(),
                        a.rejections(), a.finalScore(), null, null, null, false));
        return new AwardDecision(rule, outcomes, draws);
    }

    private static Assessed assess(AwardRule rule, ProposalEvaluation proposal, boolean supplierFiledSeveral) {
        List<RejectionReason> rejections = new ArrayList<>();
        if (!proposal.conforming()) rejections.add(new NonCompliant());
        if (supplierFiledSeveral) rejections.add(new SeveralProposals(proposal.supplierId()));
        if (!rejections.isEmpty())
            return new Assessed(proposal, rejections, null, null, null);

        BigDecimal additions = proposal.acquisitionCostAdditions();
        return switch (rule) {
            case PriceOnly _ ->
                    new Assessed(proposal, List.of(), null, null, Cents.round(submittedForComparison(rule, proposal)).add(additions));
            case MinimumQuality minimum -> {
                checkScores(rule, proposal);
                for (Criterion criterion : minimum.criteria()) {
                    Score score = proposal.consolidatedScores().get(criterion.id());
                    Score level = criterion.acceptableLevel();
                    if (score != null && level != null && score.isBelow(level))
                        rejections.add(new BelowAcceptableLevel(criterion.id(), score, level));
                }
                yield rejections.isEmpty()
                        ? new Assessed(proposal, List.of(), null, null, Cents.round(submittedForComparison(rule, proposal)).add(additions))
                        : new Assessed(proposal, rejections, null, null, null);
            }
            case QualityPrice quality -> {
                checkScores(rule, proposal);
                for (Criterion criterion : quality.criteria()) {
                    Score score = proposal.consolidatedScores().get(criterion.id());
                    if (score != null && criterion.acceptableLevel() != null && score.isBelow(Score.ACCEPTABLE))
                        rejections.add(new BelowCriterionMinimum(criterion.id(), score));
                }
                Score finalScore = quality.finalScore(proposal.consolidatedScores());
                if (finalScore.isBelow(Score.ACCEPTABLE)) rejections.add(new FinalScoreBelowThreshold(finalScore));
                if (!rejections.isEmpty())
                    yield new Assessed(proposal, rejections, finalScore, null, null);
                BigDecimal adjusted = quality.adjustedPrice(submittedForComparison(rule, proposal), finalScore);
                yield new Assessed(proposal, List.of(), finalScore, adjusted, adjusted.add(additions));
            }
        };
    }

    /**
     * s. 37: "the price submitted by such a supplier is, for the sole purpose of determining the
     * successful tenderer, reduced by the preferential margin". Exact; rounded once, later.
     */
    private static BigDecimal submittedForComparison(AwardRule rule, ProposalEvaluation proposal) {
        return proposal.sustainabilityRequirementMet() ? rule.preferentialMargin().reduce(proposal.price()) : proposal.price();
    }

    /** A conforming proposal is scored on exactly the notice's criteria: a gap is a process error, not a rejection. */
    private static void checkScores(AwardRule rule, ProposalEvaluation proposal) {
        Set<String> expected = new TreeSet<>();
        rule.criteria().forEach(c -> expected.add(c.id()));
        Set<String> given = new TreeSet<>(proposal.consolidatedScores().keySet());
        if (!given.equals(expected))
            throw new InvalidInput(rule.section(), "proposal " + proposal.proposalId() + " is scored on " + given
                    + " but the notice's criteria are " + expected);
    }

    /** s. 14: each group of identical compared prices is ordered by the draw, in place. */
    private static List<Assessed> breakTies(List<Assessed> sorted, TieBreak tieBreak, List<Draw> draws) {
        List<Assessed> ranked = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            BigDecimal compared = requireCompared(sorted.get(i));
            int end = i + 1;
            while (end < sorted.size() && requireCompared(sorted.get(end)).compareTo(compared) == 0) end++;
            List<Assessed> group = sorted.subList(i, end);
            if (group.size() == 1) {
                ranked.add(group.getFirst());
            } else {
                Map<String, Assessed> byId = new HashMap<>();
                group.forEach(a -> byId.put(a.proposal().proposalId(), a));
                List<String> tied = byId.keySet().stream().sorted().toList();
                List<String> order = List.copyOf(tieBreak.order(tied));
                if (order.size() != tied.size() || !new HashSet<>(order).equals(byId.keySet()))
                    throw new InvalidInput("s. 14", "the drawing of lots among " + tied + " returned " + order);
                order.forEach(id -> ranked.add(byId.get(id)));
                draws.add(new Draw(compared, tied, order));
            }
            i = end;
        }
        return ranked;
    }

    private static boolean unusuallyLow(ProposalEvaluation proposal, List<ProposalEvaluation> compliant, Screening screening) {
        List<BigDecimal> others = compliant.stream()
                .filter(p -> !p.proposalId().equals(proposal.proposalId()))
                .map(ProposalEvaluation::price)
                .toList();
        return UnusuallyLowPrice.flags(proposal.price(), screening.bodyEstimate(), others, screening.thresholds());
    }

    private static BigDecimal requireCompared(Assessed assessed) {
        BigDecimal compared = assessed.comparedPrice();
        if (compared == null) throw new IllegalStateException("only accepted proposals are ranked");
        return compared;
    }
}
