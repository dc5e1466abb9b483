package echanges.api;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import echanges.platform.EventBus;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Schedulers;

/**
 * Base of the components that let one module react to another's events (procurement's or the
 * catalogue's events becoming forum notifications). Each reaction runs off the publishing thread,
 * and a failure is logged without ending the subscription. In-process today; with a broker between
 * nodes, one consumer per event must react.
 */
public abstract class EventReactions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventReactions.class);

    private final Disposable.Composite subscriptions = Disposables.composite();
    private final EventBus events;

    protected EventReactions(EventBus events) {
        this.events = events;
    }

    protected <E> void on(Class<E> type, Consumer<E> action) {
        subscriptions.add(events.on(type).publishOn(Schedulers.boundedElastic()).subscribe(e -> {
            try {
                action.accept(e);
            } catch (RuntimeException failure) {
                // One failed fan-out must not end the subscription for the events that follow.
                log.warn("Could not react to {}: {}", e, failure.toString());
            }
        }));
    }

    @Override
    public void destroy() {
        subscriptions.dispose();
    }
}
