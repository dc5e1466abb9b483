package echanges.api.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import echanges.forum.Following;
import echanges.platform.EventBus;
import echanges.search.SearchAlerted;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * A saved search's alert also lands in its owner's notifications: the search module matches and
 * records the alert, the forum owns notifications. In-process today; with a broker between nodes,
 * one consumer per event must do this.
 */
@Component
class SearchAlertNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchAlertNotifications.class);

    private final Disposable subscription;

    SearchAlertNotifications(EventBus events, Following following) {
        this.subscription = events.on(SearchAlerted.class).publishOn(Schedulers.boundedElastic()).subscribe(e -> {
            try {
                following.notifySearchAlert(e.personId(), e.type(), e.nodeId());
            } catch (RuntimeException failure) {
                // One failed notification must not end the subscription for the alerts that follow.
                log.warn("Could not notify {} of search alert {} {}: {}", e.personId(), e.type(), e.nodeId(), failure.toString());
            }
        });
    }

    @Override
    public void destroy() {
        subscription.dispose();
    }
}
