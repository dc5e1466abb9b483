package echanges.procurement.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import echanges.procurement.award.QualityScoresheet;
import echanges.procurement.award.Score;

/**
 * When the secretary may consolidate, and what: every evaluator who declared no conflict scores
 * every proposal under evaluation on every criterion of the notice; a recused evaluator's sheets
 * do not count, and the committee must still have its minimum of scoring members.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /**
     * The committee's consolidated scores per proposal id.
     *
     * @param proposalIds the proposals under evaluation (those eligible at opening)
     * @param scoringEvaluators the evaluators who declared no conflict of interest
     * @param criterionIds the notice's criteria
     * @param sheets every scoresheet recorded, including any of a member since recused
     */
    public static Map<String, SortedMap<String, Score>> of(List<String> proposalIds, Set<String> scoringEvaluators, List<String> criterionIds,
            List<QualityScoresheet> sheets, EvaluationSettings settings) {
        if (scoringEvaluators.size() < settings.minimumEvaluators())
            throw new EvaluationRuleBroken.NotYet("only " + scoringEvaluators.size() + " evaluators have declared no conflict of interest; "
                    + "the committee needs " + settings.minimumEvaluators() + " scoring members (s. 24)");
        Map<String, List<QualityScoresheet>> byProposal = new HashMap<>();
        for (QualityScoresheet sheet : sheets)
            if (scoringEvaluators.contains(sheet.evaluatorId())) byProposal.computeIfAbsent(sheet.proposalId(), p -> new ArrayList<>()).add(sheet);
        Set<String> criteria = new TreeSet<>(criterionIds);
        List<String> missing = new ArrayList<>();
        Map<String, SortedMap<String, Score>> consolidated = new TreeMap<>();
        for (String proposalId : proposalIds) {
            List<QualityScoresheet> scored = byProposal.getOrDefault(proposalId, List.of());
            Set<String> who = new HashSet<>();
            for (QualityScoresheet sheet : scored) {
                if (!sheet.scores().keySet().equals(criteria))
                    throw new EvaluationRuleBroken.InvalidInput("evaluator " + sheet.evaluatorId() + " scored proposal " + proposalId
                            + " on " + new TreeSet<>(sheet.scores().keySet()) + " but the notice's criteria are " + criteria);
                who.add(sheet.evaluatorId());
            }
            for (String evaluator : new TreeSet<>(scoringEvaluators))
                if (!who.contains(evaluator)) missing.add(evaluator + " on " + proposalId);
            if (!scored.isEmpty() && who.size() == scoringEvaluators.size())
                consolidated.put(proposalId, QualityScoresheet.consolidate(scored));
        }
        if (!missing.isEmpty())
            throw new EvaluationRuleBroken.NotYet("every scoring evaluator scores every proposal before consolidation; missing: "
                    + String.join(", ", missing));
        return consolidated;
    }
}
