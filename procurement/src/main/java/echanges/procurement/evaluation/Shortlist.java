package echanges.procurement.evaluation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A demo stage's shortlist (seed 002): one to the jurisdiction's maximum of proposals still in the
 * running, and a demo deadline in the future.
 */
public record Shortlist(List<String> proposalIds, Instant demoDeadline) {

    public Shortlist {
        proposalIds = List.copyOf(proposalIds);
    }

    /**
     * @param eligible the proposals that may be shortlisted: filed, eligible at opening, and, under a
     *        quality rule, consolidated
     */
    public static Shortlist of(List<String> proposalIds, Instant demoDeadline, Set<String> eligible, Instant now, EvaluationSettings settings) {
        if (proposalIds.isEmpty() || proposalIds.size() > settings.maximumFinalists())
            throw new EvaluationRuleBroken.InvalidInput("a shortlist has 1 to " + settings.maximumFinalists() + " proposals, was " + proposalIds.size());
        if (new HashSet<>(proposalIds).size() != proposalIds.size())
            throw new EvaluationRuleBroken.InvalidInput("a proposal is shortlisted twice");
        for (String id : proposalIds)
            if (!eligible.contains(id))
                throw new EvaluationRuleBroken.InvalidInput("proposal " + id + " is not in the running: only filed, eligible and evaluated proposals are shortlisted");
        if (!demoDeadline.isAfter(now))
            throw new EvaluationRuleBroken.InvalidInput("the demo deadline " + demoDeadline + " must be after now (" + now + ")");
        return new Shortlist(proposalIds, demoDeadline);
    }
}
