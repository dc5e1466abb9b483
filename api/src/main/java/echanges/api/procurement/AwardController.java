package echanges.api.procurement;

import java.math.BigDecimal;
import java.time.Instant;
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
import echanges.procurement.Proposals;
import graphql.GraphQLContext;

/** Maps the decision of a challenge: the draw, the winner, each proposal's result. */
@Controller
class AwardController {

    record AwardChallengeInput(String challengeId, @Nullable List<AwardFindingInput> findings) {
        List<Awards.Finding> toFindings() {
            return findings == null ? List.of() : findings.stream().map(f -> new Awards.Finding(GlobalId.expect(f.proposalId(), "Proposal"),
                    f.sustainabilityRequirementMet(), f.acquisitionCostAdditions(), f.priceJustified())).toList();
        }
    }

    record AwardFindingInput(String proposalId, boolean sustainabilityRequirementMet, BigDecimal acquisitionCostAdditions, boolean priceJustified) {
    }

    record RejectProposalInput(String proposalId, String reason) {
    }

    record RejectProposalPayload(Proposal proposal) {
    }

    record ShortlistFinalistsInput(String challengeId, List<String> proposalIds, Instant demoDeadline) {
    }

    record SubmitDemoInput(String proposalId, String url, @Nullable String notes) {
    }

    record ChallengePayload(Challenge challenge) {
    }

    record FinalistView(String supplierId, @Nullable String demoUrl, @Nullable String demoNotes, @Nullable Instant demoSubmittedAt) {
    }

    record ShortlistView(Instant demoDeadline, Instant shortlistedAt, List<FinalistView> finalists) {
    }

    record AwardChallengePayload(Challenge challenge) {
    }

    record AwardLine(Supplier supplier, boolean won, @Nullable Integer rank, BigDecimal price, @Nullable BigDecimal comparedPrice,
                     @Nullable BigDecimal adjustedPrice, @Nullable BigDecimal score, @Nullable String rejection) {
    }

    private final Awards awards;
    private final Challenges challenges;
    private final Proposals proposals;
    private final Accounts accounts;

    AwardController(Awards awards, Challenges challenges, Proposals proposals, Accounts accounts) {
        this.awards = awards;
        this.challenges = challenges;
        this.proposals = proposals;
        this.accounts = accounts;
    }

    @MutationMapping
    AwardChallengePayload awardChallenge(@Argument AwardChallengeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.challengeId(), "Challenge");
        awards.award(id, input.toFindings(), viewer);
        return new AwardChallengePayload(challenges.byIds(List.of(id), viewer).get(id));
    }

    @MutationMapping
    RejectProposalPayload rejectProposal(@Argument RejectProposalInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.proposalId(), "Proposal");
        awards.reject(id, input.reason(), viewer);
        return new RejectProposalPayload(proposals.byIds(List.of(id), viewer).get(id));
    }

    @MutationMapping
    ChallengePayload shortlistFinalists(@Argument ShortlistFinalistsInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.challengeId(), "Challenge");
        awards.shortlist(id, input.proposalIds().stream().map(p -> GlobalId.expect(p, "Proposal")).toList(), input.demoDeadline(), viewer);
        return new ChallengePayload(challenges.byIds(List.of(id), viewer).get(id));
    }

    @MutationMapping
    ChallengePayload submitDemo(@Argument SubmitDemoInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(input.proposalId(), "Proposal");
        awards.submitDemo(id, input.url(), input.notes(), viewer);
        Proposal proposal = proposals.byIds(List.of(id), viewer).get(id);
        return new ChallengePayload(challenges.byIds(List.of(proposal.challengeId()), viewer).get(proposal.challengeId()));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, ShortlistView> finalists(List<Challenge> batch, GraphQLContext context) {
        Map<String, Awards.Shortlisted> shortlists = awards.shortlists(batch.stream().map(Challenge::id).toList(), Viewers.of(context));
        return Batches.byKey(batch, Challenge::id, shortlists.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                new ShortlistView(e.getValue().demoDeadline(), e.getValue().shortlistedAt(), e.getValue().finalists().stream()
                        .map(f -> new FinalistView(f.supplierId(), f.demoUrl(), f.demoNotes(), f.demoSubmittedAt())).toList()))));
    }

    @BatchMapping(typeName = "Finalist")
    Map<FinalistView, Supplier> supplier(List<FinalistView> batch) {
        return Batches.byKey(batch, FinalistView::supplierId, accounts.suppliers(batch.stream().map(FinalistView::supplierId).distinct().toList()));
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
