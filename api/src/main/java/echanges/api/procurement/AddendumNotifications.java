package echanges.api.procurement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import echanges.forum.Following;
import echanges.platform.EventBus;
import echanges.procurement.AddendumPublished;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * The forum tells a challenge's followers of its addenda (s. 9: "sent to all interested
 * suppliers"): procurement publishes the event, the forum owns notifications. In-process today;
 * with a broker between nodes, one consumer per event must do this.
 */
@Component
class AddendumNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AddendumNotifications.class);

    private final Disposable subscription;

    AddendumNotifications(EventBus events, Following following) {
        this.subscription = events.on(AddendumPublished.class).publishOn(Schedulers.boundedElastic()).subscribe(e -> {
            try {
                following.notifyAddendum(e.challengeId());
            } catch (RuntimeException failure) {
                // One failed fan-out must not end the subscription for the addenda that follow.
                log.warn("Could not notify the followers of addendum {} of challenge {}: {}", e.number(), e.challengeId(), failure.toString());
            }
        });
    }

    @Override
    public void destroy() {
        subscription.dispose();
    }
}
