package echanges.api.procurement;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import echanges.accounts.Accounts;
import echanges.forum.Following;
import echanges.platform.EventBus;
import echanges.procurement.AddendumPublished;
import echanges.procurement.Awards;
import echanges.procurement.ChallengeAwarded;
import echanges.procurement.ChallengeCancelled;
import echanges.procurement.ChallengeWithdrawn;
import echanges.procurement.FinalistsShortlisted;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Schedulers;

/**
 * The forum tells people what procurement did: a challenge's followers of its addenda (s. 9: "sent
 * to all interested suppliers") and of its changes of stage; every member of each supplier that
 * filed, of its result once decided (s. 26). Procurement publishes the events, the forum owns
 * notifications. In-process today; with a broker between nodes, one consumer per event must do this.
 */
@Component
class ChallengeNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChallengeNotifications.class);

    private final Disposable.Composite subscriptions = Disposables.composite();

    ChallengeNotifications(EventBus events, Following following, Awards awards, Accounts accounts) {
        on(events, AddendumPublished.class, e -> following.notifyAddendum(e.challengeId()));
        on(events, FinalistsShortlisted.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(events, ChallengeCancelled.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(events, ChallengeWithdrawn.class, e -> following.notifyChallengeUpdated(e.challengeId()));
        on(events, ChallengeAwarded.class, e -> {
            following.notifyAwardResult(e.challengeId(), accounts.memberIds(awards.decidedSuppliers(e.challengeId())));
            following.notifyChallengeUpdated(e.challengeId());
        });
    }

    private <E> void on(EventBus events, Class<E> type, Consumer<E> action) {
        subscriptions.add(events.on(type).publishOn(Schedulers.boundedElastic()).subscribe(e -> {
            try {
                action.accept(e);
            } catch (RuntimeException failure) {
                // One failed fan-out must not end the subscription for the events that follow.
                log.warn("Could not notify about {}: {}", e, failure.toString());
            }
        }));
    }

    @Override
    public void destroy() {
        subscriptions.dispose();
    }
}
