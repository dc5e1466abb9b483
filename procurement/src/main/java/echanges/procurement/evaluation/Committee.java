package echanges.procurement.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A selection committee (s. 24): a secretary who coordinates and consolidates, and the members who
 * score. The secretary does not score, so that consolidating never means weighing one's own sheet.
 */
public record Committee(String secretaryId, List<String> evaluatorIds) {

    public Committee {
        evaluatorIds = List.copyOf(evaluatorIds);
    }

    /** A committee as the body assigns it, checked against the jurisdiction's minimum. */
    public static Committee of(String secretaryId, List<String> evaluatorIds, EvaluationSettings settings) {
        if (secretaryId.isBlank()) throw new EvaluationRuleBroken.InvalidInput("a committee needs a secretary (s. 24)");
        Set<String> distinct = new HashSet<>(evaluatorIds);
        if (distinct.size() != evaluatorIds.size())
            throw new EvaluationRuleBroken.InvalidInput("an evaluator is named twice in the committee");
        if (distinct.contains(secretaryId))
            throw new EvaluationRuleBroken.InvalidInput("the secretary coordinates and consolidates; they cannot also score (s. 24)");
        if (evaluatorIds.size() < settings.minimumEvaluators())
            throw new EvaluationRuleBroken.InvalidInput("a committee has at least " + settings.minimumEvaluators()
                    + " evaluators besides its secretary (s. 24), was " + evaluatorIds.size());
        return new Committee(secretaryId, evaluatorIds);
    }
}
