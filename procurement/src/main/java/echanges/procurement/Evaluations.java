package echanges.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.Graph;
import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.QualityScoresheet;
import echanges.procurement.award.Score;
import echanges.procurement.evaluation.Committee;
import echanges.procurement.evaluation.Consolidation;
import echanges.procurement.evaluation.EvaluationRuleBroken;
import echanges.procurement.rules.Jurisdictions;

/**
 * The procurement module's API for the selection committee (s. 24): the body assigns a secretary
 * and evaluators; each member declares any conflict of interest before seeing anything; evaluators
 * score quality per criterion without ever being shown a price; the secretary consolidates. The
 * award then uses the consolidated scores ({@link Awards}).
 */
public class Evaluations {

    private final Graph graph;
    private final Clock clock;
    private final Challenges challenges;
    private final Jurisdictions jurisdictions;
    private final EvaluationRepository repository;

    public Evaluations(Graph graph, Clock clock, Challenges challenges, Jurisdictions jurisdictions) {
        this.graph = graph;
        this.clock = clock;
        this.challenges = challenges;
        this.jurisdictions = jurisdictions;
        this.repository = new EvaluationRepository(graph);
    }

    /** A member as the body and the committee see them; {@code conflict} is null until they declare. */
    public record Member(String personId, boolean secretary, @Nullable Instant declaredAt, @Nullable Boolean conflict,
                         @Nullable String statement, int scoresheets) {
    }

    public record CommitteeView(String challengeId, List<Member> members, @Nullable Instant consolidatedAt) {
    }

    public record Scoresheet(String proposalId, String evaluatorId, Map<String, Score> scores, @Nullable String comment, Instant at) {
    }

    /**
     * An officer names the committee of a challenge decided on quality, until its first score: a
     * member who declares a conflict is replaced by assigning the committee again.
     */
    public CommitteeView assign(String challengeId, String secretaryId, List<String> evaluatorIds, Viewer viewer) {
        viewer.requirePerson();
        AwardRule rule = qualityRule(challengeId, viewer);
        graph.write(tx -> {
            EvaluationRepository.Locked locked = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            if (!viewer.isOfficerOf(locked.bodyId())) throw new ProcurementException.NotAnOfficer(locked.bodyId());
            if (!Set.of(ChallengeStatus.DRAFT, ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED).contains(locked.status()))
                throw new ProcurementException.WrongStatus("the committee is named before the decision; the challenge is " + locked.status());
            if (locked.sheets() > 0) throw new ProcurementException.WrongStatus("the committee has started scoring; it can no longer change");
            Committee committee = Committee.of(secretaryId, evaluatorIds, settings(locked).evaluation());
            List<String> everyone = new java.util.ArrayList<>(committee.evaluatorIds());
            everyone.add(committee.secretaryId());
            Set<String> found = new HashSet<>(repository.existingPeople(tx, everyone));
            for (String person : everyone) if (!found.contains(person)) throw new ProcurementException.PersonNotFound(person);
            Instant now = clock.instant();
            repository.assign(tx, challengeId, committee.secretaryId(), committee.evaluatorIds(), now);
            // The trail says that a committee exists and its size; who sits on it stays with the body.
            AuditRepository.append(tx, challengeId, "COMMITTEE_ASSIGNED", viewer.personId(),
                    "a secretary and " + committee.evaluatorIds().size() + " evaluators (" + rule.section() + ")", now);
            return null;
        });
        return committee(challengeId, viewer);
    }

    /** A member declares whether they have a conflict of interest; until then they see no proposal, and a conflict recuses them. */
    public CommitteeView declare(String challengeId, boolean conflict, String statement, Viewer viewer) {
        String personId = viewer.requirePerson();
        String text = statement.strip();
        if (text.length() > 2_000) throw new ProcurementException.InvalidProposal("a declaration has at most 2,000 characters");
        if (conflict && text.isEmpty()) throw new ProcurementException.InvalidProposal("a declared conflict of interest says what it is");
        requireVisible(challengeId, viewer);
        graph.write(tx -> {
            EvaluationRepository.Locked locked = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            EvaluationRepository.Member me = locked.member(personId).orElseThrow(() -> new ProcurementException.NotOnTheCommittee(challengeId));
            if (me.declaredAt() != null) throw new ProcurementException.WrongStatus("you have already declared your interests for this challenge");
            if (locked.consolidatedAt() != null) throw new ProcurementException.WrongStatus("the evaluation is already consolidated");
            Instant now = clock.instant();
            repository.declare(tx, challengeId, personId, conflict, text, now);
            AuditRepository.append(tx, challengeId, "CONFLICT_DECLARED", null,
                    conflict ? "a committee member declared a conflict of interest and is recused" : "a committee member declared no conflict of interest", now);
            return null;
        });
        return committee(challengeId, viewer);
    }

    /** An evaluator scores a proposal under evaluation on every criterion of the notice; scoring again replaces the sheet. */
    public Scoresheet score(String proposalId, Map<String, Score> scores, @Nullable String comment, Viewer viewer) {
        String personId = viewer.requirePerson();
        if (comment != null && comment.length() > 5_000) throw new ProcurementException.InvalidProposal("a scoresheet's comment has at most 5,000 characters");
        Instant now = clock.instant();
        QualityScoresheet sheet = new QualityScoresheet(proposalId, personId, scores);
        graph.write(tx -> {
            EvaluationRepository.ProposalRef proposal = repository.proposal(tx, proposalId).orElseThrow(() -> new ProcurementException.ProposalNotFound(proposalId));
            EvaluationRepository.Locked locked = repository.lock(tx, proposal.challengeId()).orElseThrow();
            // Someone outside the committee learns nothing about the proposal, not even that it exists.
            EvaluationRepository.Member me = locked.member(personId).orElseThrow(() -> new ProcurementException.ProposalNotFound(proposalId));
            if (me.conflict() == null) throw new ProcurementException.WrongStatus("declare your interests (s. 24) before scoring");
            if (!me.scoring()) throw new ProcurementException.NotOnTheCommittee(proposal.challengeId());
            if (!locked.opened()) throw new ProcurementException.WrongStatus("proposals are scored once opened");
            if (!locked.underEvaluation().contains(proposalId))
                throw new ProcurementException.WrongStatus("proposal " + proposalId + " is not under evaluation (not filed, or ineligible at opening)");
            if (locked.consolidatedAt() != null) throw new ProcurementException.WrongStatus("the evaluation is consolidated; scores can no longer change");
            Set<String> criteria = criteria(proposal.challengeId());
            if (!scores.keySet().equals(criteria))
                throw new EvaluationRuleBroken.InvalidInput("a scoresheet scores exactly the notice's criteria " + new java.util.TreeSet<>(criteria)
                        + ", was " + new java.util.TreeSet<>(scores.keySet()));
            repository.score(tx, proposal.challengeId(), sheet, comment, now);
            AuditRepository.append(tx, proposal.challengeId(), "SCORED", null, "an evaluator scored proposal " + proposalId, now);
            return null;
        });
        return new Scoresheet(proposalId, personId, sheet.scores(), comment, now);
    }

    /** The secretary consolidates once every scoring evaluator has scored every proposal under evaluation. */
    public CommitteeView consolidate(String challengeId, Viewer viewer) {
        String personId = viewer.requirePerson();
        requireVisible(challengeId, viewer);
        Set<String> criteria = criteria(challengeId);
        graph.write(tx -> {
            EvaluationRepository.Locked locked = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            EvaluationRepository.Member me = locked.member(personId).orElseThrow(() -> new ProcurementException.NotOnTheCommittee(challengeId));
            if (!"SECRETARY".equals(me.role()) || !Boolean.FALSE.equals(me.conflict()))
                throw new ProcurementException.NotOnTheCommittee(challengeId);
            if (locked.status() != ChallengeStatus.CLOSED || !locked.opened())
                throw new ProcurementException.WrongStatus("the evaluation is consolidated after opening, before the decision; the challenge is " + locked.status());
            if (locked.consolidatedAt() != null) throw new ProcurementException.WrongStatus("the evaluation is already consolidated");
            Set<String> scoring = locked.members().stream().filter(EvaluationRepository.Member::scoring).map(EvaluationRepository.Member::personId)
                    .collect(Collectors.toSet());
            Map<String, SortedMap<String, Score>> consolidated = Consolidation.of(locked.underEvaluation(), scoring, List.copyOf(criteria),
                    repository.sheets(tx, challengeId), settings(locked).evaluation());
            Instant now = clock.instant();
            repository.consolidate(tx, challengeId, consolidated, now);
            AuditRepository.append(tx, challengeId, "CONSOLIDATED", null,
                    "the secretary consolidated " + scoring.size() + " evaluators' scores of " + consolidated.size() + " proposals", now);
            return null;
        });
        return committee(challengeId, viewer);
    }

    /** The committee of a challenge, for its body's officers and its own members; null for anyone else. */
    public @Nullable CommitteeView committee(String challengeId, Viewer viewer) {
        return committees(List.of(challengeId), viewer).get(challengeId);
    }

    public Map<String, CommitteeView> committees(Collection<String> challengeIds, Viewer viewer) {
        return repository.committees(challengeIds, viewer.personId(), viewer.officerOf()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new CommitteeView(e.getKey(),
                        e.getValue().members().stream().map(m -> new Member(m.personId(), "SECRETARY".equals(m.role()), m.declaredAt(), m.conflict(),
                                m.statement(), m.sheets())).toList(), e.getValue().consolidatedAt())));
    }

    /** The scoresheets of each proposal the viewer may read: their own as evaluator, all as secretary or as the body's officer. */
    public Map<String, List<Scoresheet>> scoresheets(Collection<String> proposalIds, Viewer viewer) {
        return repository.sheetsOf(proposalIds, viewer.personId(), viewer.officerOf()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(s -> new Scoresheet(s.sheet().proposalId(), s.sheet().evaluatorId(), s.sheet().scores(), s.comment(), s.at())).toList()));
    }

    /** A draft stays secret: to anyone who may not see it, it does not exist (NOT_FOUND, not FORBIDDEN). */
    private void requireVisible(String challengeId, Viewer viewer) {
        if (challenges.byIds(List.of(challengeId), viewer).get(challengeId) == null) throw new ProcurementException.ChallengeNotFound(challengeId);
    }

    private AwardRule qualityRule(String challengeId, Viewer viewer) {
        requireVisible(challengeId, viewer);
        ChallengeTerms terms = challenges.termsOf(List.of(challengeId)).get(challengeId);
        AwardRule rule = terms == null ? null : terms.awardRule();
        if (rule == null || rule instanceof AwardRule.PriceOnly)
            throw new ProcurementException.WrongStatus("only an award on quality (Sch. 1, Sch. 2) has a selection committee; this challenge's rule is "
                    + (rule == null ? "not set" : rule.section()));
        return rule;
    }

    private Set<String> criteria(String challengeId) {
        ChallengeTerms terms = challenges.termsOf(List.of(challengeId)).get(challengeId);
        AwardRule rule = terms == null ? null : terms.awardRule();
        return rule == null ? Set.of() : rule.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
    }

    private echanges.procurement.rules.ProcurementSettings settings(EvaluationRepository.Locked locked) {
        return jurisdictions.of(locked.jurisdiction() == null ? "" : locked.jurisdiction());
    }
}
