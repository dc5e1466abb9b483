package echanges.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.Viewer;
import echanges.platform.WebLink;
import echanges.procurement.award.AwardDecision;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.ProposalEvaluation;
import echanges.procurement.award.ProposalOutcome;
import echanges.procurement.award.Score;
import echanges.procurement.award.SeededDraw;
import echanges.procurement.award.UnusuallyLowPrice;
import echanges.procurement.evaluation.Shortlist;
import echanges.procurement.lifecycle.ChallengeLifecycle;
import echanges.procurement.rules.Jurisdictions;
import echanges.procurement.rules.ProcurementSettings;
import echanges.procurement.lifecycle.Step;

/**
 * The procurement module's API for deciding a challenge: rejecting a non-conforming proposal,
 * shortlisting finalists for a demo stage (seed 002), and the award under the notice's rule (s. 13,
 * Sch. 1, Sch. 2) with the committee's consolidated scores. The drawing of lots that breaks ties
 * (s. 14) uses a seed committed at publication, whose hash is public from then on, and revealed with
 * the decision, so that anyone can recompute the order. The award opens the contract (s. 38).
 */
public class Awards {

    private static final int MAX_REASON = 2_000;

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final Jurisdictions jurisdictions;
    private final AwardRepository repository;
    private final EvaluationRepository evaluations;

    /** For reads and modules that keep the default settings. */
    public Awards(Graph graph, Clock clock, EventBus events, Challenges challenges) {
        this(graph, clock, events, challenges, Jurisdictions.defaults());
    }

    public Awards(Graph graph, Clock clock, EventBus events, Challenges challenges, Jurisdictions jurisdictions) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.jurisdictions = jurisdictions;
        this.repository = new AwardRepository(graph);
        this.evaluations = new EvaluationRepository(graph);
    }

    /**
     * What the body found about a proposal, for the comparison only: whether it meets the notice's
     * sustainability requirement (s. 37 margin), the acquisition costs the notice counts (s. 15.1.1),
     * and whether its unusually low price was justified (s. 15.3).
     */
    public record Finding(String proposalId, boolean sustainabilityRequirementMet, BigDecimal acquisitionCostAdditions, boolean priceJustified) {
    }

    private static final Finding NO_FINDING = new Finding("", false, BigDecimal.ZERO, false);

    /** A price-only decision, or one without findings. */
    public AwardDecision award(String challengeId, Viewer viewer) {
        return award(challengeId, List.of(), viewer);
    }

    /**
     * An officer decides a challenge once its proposals are opened, and, under a quality rule, once
     * the committee has consolidated its scores; in a demo stage, among the finalists after the demo
     * deadline. The rule's winner is awarded and the contract opens; no acceptable proposal makes the
     * call unsuccessful. A winning price that looks unusually low (s. 15.3) holds the award until the
     * body records it as justified, or rejects the proposal ({@link #reject}).
     */
    public AwardDecision award(String challengeId, List<Finding> findings, Viewer viewer) {
        viewer.requirePerson();
        Instant now = clock.instant();
        Challenge challenge = officersChallenge(challengeId, viewer);
        UnusuallyLowPrice.Thresholds unusuallyLow = settingsOf(challenge).unusuallyLowPrice();
        ChallengeTerms terms = challenges.termsOf(List.of(challengeId)).get(challengeId);
        AwardRule rule = terms == null ? null : terms.awardRule();
        if (rule == null) throw new ProcurementException.WrongStatus("this challenge was recorded without an award rule; it cannot be decided here");
        Map<String, Finding> found = new HashMap<>();
        for (Finding f : findings)
            if (found.put(f.proposalId(), f) != null) throw new ProcurementException.InvalidProposal("proposal " + f.proposalId() + " has two findings");
        AwardDecision decision = graph.write(tx -> {
            AwardRepository.Decidable decidable = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            if (!decidable.opened()) throw new ProcurementException.WrongStatus("the proposals are opened before the challenge is decided");
            if (decidable.seed().isEmpty())
                throw new ProcurementException.WrongStatus("this challenge was recorded without a committed draw seed; it cannot be decided here");
            boolean quality = !(rule instanceof AwardRule.PriceOnly);
            if (quality && !decidable.consolidated())
                throw new ProcurementException.WrongStatus("an award on quality (" + rule.section() + ") waits for the selection committee's consolidated scores (s. 24)");
            boolean demoStage = decidable.status() == ChallengeStatus.FINALISTS;
            if (demoStage && decidable.demoDeadline() != null && now.isBefore(decidable.demoDeadline()))
                throw new ProcurementException.WrongStatus("the finalists have until " + decidable.demoDeadline() + " for their demos");
            Set<String> competing = decidable.filed().stream().map(Proposal::id)
                    .filter(id -> !demoStage || decidable.finalists().contains(id)).collect(Collectors.toSet());
            for (String id : found.keySet())
                if (!competing.contains(id)) throw new ProcurementException.InvalidProposal("proposal " + id + " is not competing in this decision");
            Map<String, Map<String, Score>> scores = quality ? evaluations.consolidated(tx, competing) : Map.of();
            List<ProposalEvaluation> evaluated = decidable.filed().stream().filter(p -> competing.contains(p.id())).map(p -> {
                Finding f = found.get(p.id());
                ProposalEvaluation e = ProposalEvaluation.of(p.id(), p.supplierId(), p.price(), scores.getOrDefault(p.id(), Map.of()));
                return f == null ? e : e.withSustainabilityRequirementMet(f.sustainabilityRequirementMet()).withAcquisitionCostAdditions(f.acquisitionCostAdditions());
            }).toList();
            AwardDecision decided = AwardDecision.decide(rule, evaluated, new SeededDraw(decidable.seed()), challenge.budgetCeiling(), unusuallyLow);
            Optional<ProposalOutcome> winner = decided.winner();
            if (decided.winnerRequiresJustification() && !found.getOrDefault(winner.orElseThrow().proposalId(), NO_FINDING).priceJustified())
                throw new ProcurementException.UnusuallyLowPrice(winner.get().proposalId());
            Step step = winner.isPresent() ? Step.AWARD : Step.DECLARE_UNSUCCESSFUL;
            ChallengeLifecycle.next(decidable.status(), step);
            List<Map<String, Object>> setAside = decidable.filed().stream().filter(p -> !competing.contains(p.id()))
                    .map(p -> AwardRepository.setAside(p.id(), "not shortlisted for the demo stage")).toList();
            repository.record(tx, challengeId, decided.outcomes(), setAside, winner.map(ProposalOutcome::proposalId).orElse(null),
                    step == Step.AWARD ? ChallengeStatus.AWARDED : ChallengeStatus.UNSUCCESSFUL, now);
            Outbox.changed(tx, "challenge", challengeId);
            AuditRepository.append(tx, challengeId, step == Step.AWARD ? "AWARDED" : "UNSUCCESSFUL", viewer.personId(),
                    winner.map(w -> "to proposal " + w.proposalId() + " at " + w.price().toPlainString()
                                    + (w.adjustedPrice() == null ? "" : ", adjusted price " + w.adjustedPrice().toPlainString())).orElse("no acceptable proposal")
                            + "; draw seed " + decidable.seed(), now);
            winner.ifPresent(w -> {
                ContractRepository.open(tx, UUID.randomUUID().toString(), challengeId, w.proposalId(), w.supplierId(), w.price(), decidable.currency(), now);
                AuditRepository.append(tx, challengeId, "CONTRACT_OPENED", viewer.personId(),
                        "contract with supplier " + w.supplierId() + " for " + w.price().toPlainString() + " " + decidable.currency() + " (s. 38)", now);
            });
            return decided;
        });
        events.publish(new ChallengeAwarded(challengeId, challenge.bodyId(), decision.winner().map(ProposalOutcome::proposalId).orElse(null)));
        return decision;
    }

    /**
     * An officer sets aside an opened proposal that does not conform (s. 7.1), or whose unusually low
     * price the s. 15.4 committee upheld; it takes no further part, and its supplier sees why.
     */
    public void reject(String proposalId, String reason, Viewer viewer) {
        viewer.requirePerson();
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) throw new ProcurementException.InvalidProposal("a rejection states its reason in 1 to " + MAX_REASON + " characters");
        Instant now = clock.instant();
        graph.write(tx -> {
            String challengeId = repository.challengeOf(tx, proposalId).orElseThrow(() -> new ProcurementException.ProposalNotFound(proposalId)).getKey();
            Challenge challenge = officersChallenge(challengeId, viewer);
            AwardRepository.Decidable decidable = repository.lock(tx, challengeId).orElseThrow();
            if (!decidable.opened() || ChallengeLifecycle.isEnd(decidable.status()))
                throw new ProcurementException.WrongStatus("a proposal is rejected after opening and before the decision");
            if (decidable.filed().stream().noneMatch(p -> p.id().equals(proposalId)))
                throw new ProcurementException.WrongStatus("proposal " + proposalId + " is not in the running");
            repository.reject(tx, proposalId, why, now);
            Outbox.changed(tx, "challenge", challenge.id());
            AuditRepository.append(tx, challengeId, "PROPOSAL_REJECTED", viewer.personId(), "proposal " + proposalId + " set aside: " + why, now);
            return null;
        });
    }

    /**
     * An officer shortlists up to five opened proposals (under a quality rule, once consolidated) for
     * a demo stage with its own deadline; the award then chooses among them after that deadline.
     */
    public void shortlist(String challengeId, List<String> proposalIds, Instant demoDeadline, Viewer viewer) {
        viewer.requirePerson();
        Instant now = clock.instant();
        Challenge challenge = officersChallenge(challengeId, viewer);
        ChallengeTerms terms = challenges.termsOf(List.of(challengeId)).get(challengeId);
        boolean quality = terms != null && terms.awardRule() != null && !(terms.awardRule() instanceof AwardRule.PriceOnly);
        graph.write(tx -> {
            AwardRepository.Decidable decidable = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            ChallengeLifecycle.next(decidable.status(), Step.SHORTLIST);
            if (!decidable.opened()) throw new ProcurementException.WrongStatus("finalists are shortlisted once the proposals are opened");
            if (quality && !decidable.consolidated())
                throw new ProcurementException.WrongStatus("under a quality rule, finalists are shortlisted once the committee has consolidated its scores");
            Set<String> eligible = decidable.filed().stream().map(Proposal::id).collect(Collectors.toSet());
            Shortlist shortlist = Shortlist.of(proposalIds, demoDeadline, eligible, now, settingsOf(challenge).evaluation());
            repository.shortlist(tx, challengeId, shortlist.proposalIds(), shortlist.demoDeadline(), now);
            Outbox.changed(tx, "challenge", challengeId);
            AuditRepository.append(tx, challengeId, "SHORTLISTED", viewer.personId(),
                    shortlist.proposalIds().size() + " finalists: " + String.join(", ", shortlist.proposalIds()) + "; demos due " + shortlist.demoDeadline(), now);
            return null;
        });
        events.publish(new FinalistsShortlisted(challengeId, challenge.bodyId()));
    }

    /** A representative of a finalist's supplier hands in the demo, as a link, before the demo deadline. */
    public void submitDemo(String proposalId, String url, @Nullable String notes, Viewer viewer) {
        viewer.requirePerson();
        String link = url.strip();
        if (!WebLink.isValid(link)) throw new ProcurementException.InvalidProposal("a demo is an http(s) link, was " + link);
        if (notes != null && notes.length() > MAX_REASON) throw new ProcurementException.InvalidProposal("demo notes have at most " + MAX_REASON + " characters");
        Instant now = clock.instant();
        graph.write(tx -> {
            Map.Entry<String, String> ref = repository.challengeOf(tx, proposalId).orElseThrow(() -> new ProcurementException.ProposalNotFound(proposalId));
            if (!viewer.representativeOf().contains(ref.getValue())) {
                if (viewer.supplierMemberOf().contains(ref.getValue())) throw new ProcurementException.NotARepresentative(ref.getValue());
                throw new ProcurementException.ProposalNotFound(proposalId);
            }
            AwardRepository.Decidable decidable = repository.lock(tx, ref.getKey()).orElseThrow();
            if (decidable.status() != ChallengeStatus.FINALISTS || !decidable.finalists().contains(proposalId))
                throw new ProcurementException.WrongStatus("only a finalist hands in a demo, during the demo stage");
            if (decidable.demoDeadline() != null && now.isAfter(decidable.demoDeadline()))
                throw new ProcurementException.WrongStatus("the demo deadline " + decidable.demoDeadline() + " has passed");
            repository.demo(tx, proposalId, link, notes == null || notes.isBlank() ? null : notes.strip(), now);
            AuditRepository.append(tx, ref.getKey(), "DEMO_SUBMITTED", null, "a finalist handed in its demo", now);
            return null;
        });
    }

    /** A finalist and its demo; the demo is shown to the body's officers and the finalist's supplier only. */
    public record Finalist(String proposalId, String supplierId, @Nullable String demoUrl, @Nullable String demoNotes, @Nullable Instant demoSubmittedAt) {
    }

    public record Shortlisted(Instant demoDeadline, Instant shortlistedAt, List<Finalist> finalists) {
    }

    /** The public shortlist of each challenge in a demo stage or decided after one. */
    public Map<String, Shortlisted> shortlists(Collection<String> challengeIds, Viewer viewer) {
        Map<String, Challenge> visible = challenges.byIds(challengeIds, viewer);
        return repository.shortlists(visible.keySet()).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            boolean officer = viewer.isOfficerOf(visible.get(e.getKey()).bodyId());
            return new Shortlisted(e.getValue().demoDeadline(), e.getValue().shortlistedAt(), e.getValue().finalists().stream().map(f ->
                    officer || viewer.supplierMemberOf().contains(f.supplierId())
                            ? new Finalist(f.proposalId(), f.supplierId(), f.demoUrl(), f.demoNotes(), f.demoSubmittedAt())
                            : new Finalist(f.proposalId(), f.supplierId(), null, null, null)).toList());
        }));
    }

    /** The supplier ids of every proposal decided in a challenge, to tell each its result (s. 26). */
    public Set<String> decidedSuppliers(String challengeId) {
        return repository.decidedSuppliers(challengeId);
    }

    private Challenge officersChallenge(String challengeId, Viewer viewer) {
        Challenge challenge = challenges.byIds(List.of(challengeId), viewer).get(challengeId);
        if (challenge == null) throw new ProcurementException.ChallengeNotFound(challengeId);
        if (!viewer.isOfficerOf(challenge.bodyId())) throw new ProcurementException.NotAnOfficer(challenge.bodyId());
        return challenge;
    }

    private ProcurementSettings settingsOf(Challenge challenge) {
        return jurisdictions.of(challenges.jurisdictionOf(challenge.bodyId()));
    }

    /** Each proposal's result, for those among {@code proposalIds} the caller already may see. */
    public Map<String, AwardResult> results(Collection<String> proposalIds) {
        return repository.results(proposalIds).stream().collect(Collectors.toMap(AwardResult::proposalId, r -> r));
    }

    /** The public line of each decided challenge's winner (s. 26). */
    public Map<String, AwardResult> winners(Collection<String> challengeIds) {
        return repository.winners(challengeIds);
    }

    /** The draw's commitment, public from publication, and its seed, revealed once the challenge is decided. */
    public Map<String, Draw> draws(Collection<String> challengeIds) {
        return repository.draws(challengeIds);
    }

    public record Draw(String commitment, @Nullable String seed) {
    }

}
