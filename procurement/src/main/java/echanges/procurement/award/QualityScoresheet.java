package echanges.procurement.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * One committee member's scores for one proposal. It has no price on purpose: s. 24, "the
 * committee must evaluate quality without knowing the price submitted", so the evaluation stage
 * handles only this type and the prices join at the award, in {@link ProposalEvaluation}.
 *
 * @param scores the score per criterion id
 */
public record QualityScoresheet(String proposalId, String evaluatorId, Map<String, Score> scores) {

    public QualityScoresheet {
        if (proposalId.isBlank())
            throw new InvalidInput("s. 24", "a scoresheet needs a proposal id");
        if (evaluatorId.isBlank())
            throw new InvalidInput("s. 24", "a scoresheet for proposal " + proposalId + " needs an evaluator id");
        scores = Map.copyOf(scores);
    }

    /**
     * The committee's score per criterion: the average of its members' scores, rounded to 2
     * decimals, HALF_UP. The regulation leaves consolidation to the committee; the average is the
     * rule that needs no discussion to reproduce. A committee that reaches a consensus instead
     * records it as a single scoresheet, whose "average" is itself.
     *
     * @param sheets one per member, all for the same proposal and the same criteria
     * @return the consolidated scores, by criterion id
     */
    public static SortedMap<String, Score> consolidate(List<QualityScoresheet> sheets) {
        if (sheets.isEmpty())
            throw new InvalidInput("s. 24", "consolidating needs at least one scoresheet");
        QualityScoresheet first = sheets.getFirst();
        Set<String> evaluators = new HashSet<>();
        for (QualityScoresheet sheet : sheets) {
            if (!sheet.proposalId().equals(first.proposalId()))
                throw new InvalidInput("s. 24", "scoresheets of proposals " + first.proposalId() + " and "
                        + sheet.proposalId() + " cannot be consolidated together");
            if (!evaluators.add(sheet.evaluatorId()))
                throw new InvalidInput("s. 24", "evaluator " + sheet.evaluatorId() + " scored proposal "
                        + first.proposalId() + " twice");
            if (!sheet.scores().keySet().equals(first.scores().keySet()))
                throw new InvalidInput("s. 24", "evaluator " + sheet.evaluatorId() + " scored criteria "
                        + new TreeMap<>(sheet.scores()).keySet() + ", evaluator " + first.evaluatorId() + " scored "
                        + new TreeMap<>(first.scores()).keySet());
        }
        BigDecimal count = BigDecimal.valueOf(sheets.size());
        SortedMap<String, Score> consolidated = new TreeMap<>();
        for (String criterionId : first.scores().keySet()) {
            BigDecimal total = sheets.stream().map(s -> s.scores().get(criterionId).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            consolidated.put(criterionId, new Score(total.divide(count, 2, RoundingMode.HALF_UP)));
        }
        return Collections.unmodifiableSortedMap(consolidated);
    }
}
