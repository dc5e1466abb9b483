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
import echanges.accounts.Person;
import echanges.api.graphql.Batches;
import echanges.api.graphql.Viewers;
import echanges.platform.GlobalId;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Evaluations;
import echanges.procurement.Proposal;
import echanges.procurement.award.Score;
import graphql.GraphQLContext;

/** Maps the selection committee (s. 24): its members, declarations, scoresheets and consolidation. */
@Controller
class EvaluationController {

    enum CommitteeRole { SECRETARY, EVALUATOR }

    record CommitteeView(List<MemberView> members, @Nullable Instant consolidatedAt) {
        static @Nullable CommitteeView of(Evaluations.@Nullable CommitteeView c) {
            return c == null ? null : new CommitteeView(c.members().stream().map(MemberView::of).toList(), c.consolidatedAt());
        }
    }

    record MemberView(String personId, CommitteeRole role, @Nullable Instant declaredAt, @Nullable Boolean conflict, @Nullable String statement,
                      int scoresheets) {
        static MemberView of(Evaluations.Member m) {
            return new MemberView(m.personId(), m.secretary() ? CommitteeRole.SECRETARY : CommitteeRole.EVALUATOR, m.declaredAt(), m.conflict(),
                    m.statement(), m.scoresheets());
        }
    }

    record CriterionScore(String criterionId, BigDecimal score) {
    }

    record ScoresheetView(String evaluatorId, List<CriterionScore> scores, @Nullable String comment, Instant at) {
        static ScoresheetView of(Evaluations.Scoresheet s) {
            return new ScoresheetView(s.evaluatorId(), s.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new CriterionScore(e.getKey(), e.getValue().value())).toList(), s.comment(), s.at());
        }
    }

    record AssignCommitteeInput(String challengeId, String secretaryId, List<String> evaluatorIds) {
    }

    record DeclareInterestsInput(String challengeId, boolean conflict, String statement) {
    }

    record ScoreProposalInput(String proposalId, List<CriterionScore> scores, @Nullable String comment) {
    }

    record ConsolidateEvaluationInput(String challengeId) {
    }

    record CommitteePayload(@Nullable CommitteeView committee) {
    }

    record ScoreProposalPayload(ScoresheetView scoresheet) {
    }

    private final Evaluations evaluations;
    private final Accounts accounts;

    EvaluationController(Evaluations evaluations, Accounts accounts) {
        this.evaluations = evaluations;
        this.accounts = accounts;
    }

    @MutationMapping
    CommitteePayload assignCommittee(@Argument AssignCommitteeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new CommitteePayload(CommitteeView.of(evaluations.assign(GlobalId.expect(input.challengeId(), "Challenge"),
                GlobalId.expect(input.secretaryId(), "Person"), input.evaluatorIds().stream().map(id -> GlobalId.expect(id, "Person")).toList(), viewer)));
    }

    @MutationMapping
    CommitteePayload declareInterests(@Argument DeclareInterestsInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new CommitteePayload(CommitteeView.of(evaluations.declare(GlobalId.expect(input.challengeId(), "Challenge"), input.conflict(),
                input.statement(), viewer)));
    }

    @MutationMapping
    ScoreProposalPayload scoreProposal(@Argument ScoreProposalInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        Map<String, Score> scores = new java.util.HashMap<>();
        for (CriterionScore s : input.scores())
            if (scores.put(s.criterionId(), new Score(s.score())) != null)
                throw new echanges.procurement.evaluation.EvaluationRuleBroken.InvalidInput("criterion " + s.criterionId() + " is scored twice");
        return new ScoreProposalPayload(ScoresheetView.of(evaluations.score(GlobalId.expect(input.proposalId(), "Proposal"), scores, input.comment(), viewer)));
    }

    @MutationMapping
    CommitteePayload consolidateEvaluation(@Argument ConsolidateEvaluationInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new CommitteePayload(CommitteeView.of(evaluations.consolidate(GlobalId.expect(input.challengeId(), "Challenge"), viewer)));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, CommitteeView> committee(List<Challenge> batch, GraphQLContext context) {
        Map<String, Evaluations.CommitteeView> committees = evaluations.committees(batch.stream().map(Challenge::id).toList(), Viewers.of(context));
        return Batches.byKey(batch, Challenge::id, committees.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> CommitteeView.of(e.getValue()))));
    }

    @BatchMapping(typeName = "Proposal")
    Map<Proposal, List<ScoresheetView>> scoresheets(List<Proposal> batch, GraphQLContext context) {
        Map<String, List<Evaluations.Scoresheet>> sheets = evaluations.scoresheets(batch.stream().map(Proposal::id).toList(), Viewers.of(context));
        return batch.stream().collect(Collectors.toMap(p -> p, p -> sheets.getOrDefault(p.id(), List.of()).stream().map(ScoresheetView::of).toList(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @BatchMapping(typeName = "CommitteeMember")
    Map<MemberView, Person> person(List<MemberView> batch) {
        return Batches.byKey(batch, MemberView::personId, accounts.people(batch.stream().map(MemberView::personId).distinct().toList()));
    }

    @BatchMapping(typeName = "Scoresheet")
    Map<ScoresheetView, Person> evaluator(List<ScoresheetView> batch) {
        return Batches.byKey(batch, ScoresheetView::evaluatorId, accounts.people(batch.stream().map(ScoresheetView::evaluatorId).distinct().toList()));
    }
}
