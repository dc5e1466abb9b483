package echanges.api.procurement;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Viewers;
import echanges.platform.EventBus;
import echanges.platform.GlobalId;
import echanges.platform.Viewer;
import echanges.procurement.AddendumPublished;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeAwarded;
import echanges.procurement.ChallengeCancelled;
import echanges.procurement.ChallengeClosingSoon;
import echanges.procurement.ChallengePublished;
import echanges.procurement.ChallengeWithdrawn;
import echanges.procurement.Challenges;
import echanges.procurement.ContractChanged;
import echanges.procurement.FinalistsShortlisted;
import echanges.procurement.ProcurementException;
import echanges.procurement.ProposalReceived;
import echanges.procurement.Proposals;
import echanges.procurement.ProposalsOpened;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Maps the live lifecycle of challenges. Each event names a challenge only; the subscriber receives
 * it read with their own rights, so a draft never reaches anyone but its body, and the officers'
 * "proposals received" stream carries a count, never who or what.
 */
@Controller
class ChallengeEventController {

    enum ChallengeEventKind { PUBLISHED, ADDENDUM, CLOSING_SOON, OPENED, FINALISTS, AWARDED, UNSUCCESSFUL, WITHDRAWN, CANCELLED, CONTRACT_UPDATED }

    record ChallengeEvent(ChallengeEventKind kind, Challenge challenge, @Nullable Integer addendumNumber) {
    }

    record ProposalsReceivedEvent(Challenge challenge, int count) {
    }

    /** An event as it arrives: which challenge, what happened. */
    private record Happened(String challengeId, ChallengeEventKind kind, @Nullable Integer addendumNumber) {
    }

    private final EventBus events;
    private final Challenges challenges;
    private final Proposals proposals;

    ChallengeEventController(EventBus events, Challenges challenges, Proposals proposals) {
        this.events = events;
        this.challenges = challenges;
        this.proposals = proposals;
    }

    @SubscriptionMapping
    Flux<ChallengeEvent> challengeEvents(@Argument @Nullable String challengeId, @ContextValue(Viewers.KEY) Viewer viewer) {
        String only = challengeId == null ? null : GlobalId.expect(challengeId, "Challenge");
        Flux<Happened> happened = Flux.merge(
                events.on(ChallengePublished.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.PUBLISHED, null)),
                events.on(AddendumPublished.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.ADDENDUM, e.number())),
                events.on(ChallengeClosingSoon.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.CLOSING_SOON, null)),
                events.on(ProposalsOpened.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.OPENED, null)),
                events.on(FinalistsShortlisted.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.FINALISTS, null)),
                events.on(ChallengeAwarded.class).map(e -> new Happened(e.challengeId(),
                        e.winningProposalId() == null ? ChallengeEventKind.UNSUCCESSFUL : ChallengeEventKind.AWARDED, null)),
                events.on(ChallengeWithdrawn.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.WITHDRAWN, null)),
                events.on(ChallengeCancelled.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.CANCELLED, null)),
                events.on(ContractChanged.class).map(e -> new Happened(e.challengeId(), ChallengeEventKind.CONTRACT_UPDATED, null)));
        return happened.filter(h -> only == null || only.equals(h.challengeId()))
                .concatMap(h -> Mono.fromCallable(() -> challenges.byIds(List.of(h.challengeId()), viewer).get(h.challengeId()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .map(c -> new ChallengeEvent(h.kind(), c, h.addendumNumber())));
    }

    /** The count after each filing, for an officer of the challenge's body; anyone else is refused at once. */
    @SubscriptionMapping
    Flux<ProposalsReceivedEvent> proposalsReceived(@Argument String challengeId, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(challengeId, "Challenge");
        viewer.requirePerson();
        Challenge challenge = challenges.byIds(List.of(id), viewer).get(id);
        if (challenge == null) throw new ProcurementException.ChallengeNotFound(id);
        if (!viewer.isOfficerOf(challenge.bodyId())) throw new ProcurementException.NotAnOfficer(challenge.bodyId());
        return events.on(ProposalReceived.class).filter(e -> id.equals(e.challengeId()))
                .concatMap(e -> Mono.fromCallable(() -> proposals.received(List.of(id)).get(id)).subscribeOn(Schedulers.boundedElastic()))
                .filter(Objects::nonNull)
                .map(count -> new ProposalsReceivedEvent(challenge, count));
    }
}
