package echanges.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.Viewer;
import echanges.procurement.award.AwardDecision;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.ProposalEvaluation;
import echanges.procurement.award.ProposalOutcome;
import echanges.procurement.award.SeededDraw;
import echanges.procurement.award.UnusuallyLowPrice;
import echanges.procurement.lifecycle.ChallengeLifecycle;
import echanges.procurement.lifecycle.Step;

/**
 * The procurement module's API for deciding a challenge. The drawing of lots that breaks ties
 * (s. 14) uses a seed committed at publication, whose hash is public from then on, and revealed with
 * the decision, so that anyone can recompute the order. Price-only awards are decided here; awards
 * on quality wait for the evaluation committee, which is not built yet.
 */
public class Awards {

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final AwardRepository repository;

    public Awards(Graph graph, Clock clock, EventBus events, Challenges challenges) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.repository = new AwardRepository(graph);
    }

    /**
     * An officer decides a closed, opened challenge: the lowest compared price among the
     * conforming proposals wins (s. 13), ties drawn from the committed seed; no proposal makes it
     * unsuccessful. A winning price that looks unusually low (s. 15.3) must be justified first.
     */
    public AwardDecision award(String challengeId, Viewer viewer) {
        viewer.requirePerson();
        Instant now = clock.instant();
        Challenge challenge = challenges.byIds(List.of(challengeId), viewer).get(challengeId);
        if (challenge == null) throw new ProcurementException.ChallengeNotFound(challengeId);
        if (!viewer.isOfficerOf(challenge.bodyId())) throw new ProcurementException.NotAnOfficer(challenge.bodyId());
        ChallengeTerms terms = challenges.termsOf(List.of(challengeId)).get(challengeId);
        AwardRule rule = terms.awardRule();
        if (!(rule instanceof AwardRule.PriceOnly))
            throw new ProcurementException.WrongStatus("an award on quality (" + (rule == null ? "no rule" : rule.section())
                    + ") needs the evaluation committee's scores, which this platform does not record yet");
        AwardDecision decision = graph.write(tx -> {
            AwardRepository.Decidable decidable = repository.lock(tx, challengeId).orElseThrow(() -> new ProcurementException.ChallengeNotFound(challengeId));
            if (!decidable.opened()) throw new ProcurementException.WrongStatus("the proposals are opened before the challenge is decided");
            if (decidable.seed().isEmpty())
                throw new ProcurementException.WrongStatus("this challenge was recorded without a committed draw seed; it cannot be decided here");
            List<ProposalEvaluation> filed = decidable.filed().stream()
                    .map(p -> ProposalEvaluation.priced(p.id(), p.supplierId(), p.price())).toList();
            AwardDecision decided = AwardDecision.decide(rule, filed, new SeededDraw(decidable.seed()), challenge.budgetCeiling(),
                    UnusuallyLowPrice.Thresholds.DEFAULTS);
            if (decided.winnerRequiresJustification())
                throw new ProcurementException.WrongStatus("the winning price looks unusually low (s. 15.3): it must be justified before the award");
            Step step = decided.winner().isPresent() ? Step.AWARD : Step.DECLARE_UNSUCCESSFUL;
            ChallengeLifecycle.next(decidable.status(), step);
            repository.record(tx, challengeId, decided.outcomes(), decided.winner().map(ProposalOutcome::proposalId).orElse(null),
                    step == Step.AWARD ? ChallengeStatus.AWARDED : ChallengeStatus.UNSUCCESSFUL, now);
            Outbox.changed(tx, "challenge", challengeId);
            AuditRepository.append(tx, challengeId, step == Step.AWARD ? "AWARDED" : "UNSUCCESSFUL", viewer.personId(),
                    decided.winner().map(w -> "to proposal " + w.proposalId() + " at " + w.price().toPlainString()).orElse("no acceptable proposal")
                            + "; draw seed " + decidable.seed(), now);
            return decided;
        });
        events.publish(new ChallengeAwarded(challengeId, challenge.bodyId(), decision.winner().map(ProposalOutcome::proposalId).orElse(null)));
        return decision;
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
