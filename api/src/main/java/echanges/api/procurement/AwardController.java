package echanges.api.procurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Supplier;
import echanges.api.graphql.Batches;
import echanges.api.graphql.Viewers;
import echanges.platform.GlobalId;
import echanges.platform.Viewer;
import echanges.procurement.AwardResult;
import echanges.procurement.Awards;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.Proposal;

/** Maps the decision of a challenge: the draw, the winner, each proposal's result. */
@Controller
class AwardController {

    record AwardChallengeInput(String challengeId) {
    }

    record AwardChallengePayload(Challenge challenge) {
    }

    record AwardLine(Supplier supplier, boolean won, @Nullable Integer rank, BigDecimal price, @Nullable BigDecimal comparedPrice,
                     @Nullable BigDecimal adjustedPrice, @Nullable BigDecimal score, @Nullable String rejection) {
    }

    private final Awards awards;
    private final Challenges challenges;
    private final Accounts accounts;

    AwardController(Awards awards, Challenges challenges, Accounts accounts) {
        this.awards = awards;
        this.challenges = challenges;
        this.accounts = accounts;
    }

    @MutationMapping
    AwardChallengePayload awardChallenge(@Argument AwardChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.challengeId(), "Challenge");
        awards.award(id, viewer);
        return new AwardChallengePayload(challenges.byIds(List.of(id), viewer).get(id));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, Awards.Draw> draw(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, awards.draws(batch.stream().map(Challenge::id).toList()));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, AwardLine> award(List<Challenge> batch) {
        return Batches.byKey(batch, Challenge::id, lines(awards.winners(batch.stream().map(Challenge::id).toList())));
    }

    /** A proposal's result, on a proposal the viewer may see (its supplier, or the body after closing). */
    @BatchMapping(typeName = "Proposal")
    Map<Proposal, AwardLine> result(List<Proposal> batch) {
        Map<String, AwardResult> results = awards.results(batch.stream().map(Proposal::id).toList());
        return Batches.byKey(batch, Proposal::id, lines(results));
    }

    private Map<String, AwardLine> lines(Map<String, AwardResult> results) {
        Map<String, Supplier> suppliers = accounts.suppliers(results.values().stream().map(AwardResult::supplierId).distinct().toList());
        return results.entrySet().stream().filter(e -> suppliers.containsKey(e.getValue().supplierId())).collect(Collectors.toMap(Map.Entry::getKey, e -> {
            AwardResult r = e.getValue();
            return new AwardLine(suppliers.get(r.supplierId()), r.won(), r.rank(), r.price(), r.comparedPrice(), r.adjustedPrice(), r.score(), r.rejection());
        }));
    }
}
