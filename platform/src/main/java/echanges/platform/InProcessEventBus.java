package echanges.platform;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** The event bus of a single API node: a hot multicast; a subscriber sees events after it subscribed. */
public final class InProcessEventBus implements EventBus {

    // Best effort: a slow subscriber drops its own events instead of holding back the writers.
    private final Sinks.Many<Object> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void publish(Object event) {
        // Writers publish from many threads; the sink needs serialised emissions, so spin briefly.
        sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200)));
    }

    @Override
    public <E> Flux<E> on(Class<E> type) {
        return sink.asFlux().ofType(type);
    }
}
