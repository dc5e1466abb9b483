package echanges.platform;

import java.util.concurrent.locks.LockSupport;

import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The event bus of a single API node: a hot multicast, where a subscriber sees the events
 * published after it subscribed. Each subscriber has its own bounded buffer, so a slow one loses
 * its own oldest events and never holds back the writers or the other subscribers.
 */
public final class InProcessEventBus implements EventBus {

    static final int BUFFER = 1024;

    private final Sinks.Many<Object> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void publish(Object event) {
        while (true) {
            Sinks.EmitResult result = sink.tryEmitNext(event);
            // Writers publish from many threads, and the sink takes one emission at a time.
            if (result != Sinks.EmitResult.FAIL_NON_SERIALIZED) return;
            LockSupport.parkNanos(10_000);
        }
    }

    @Override
    public <E> Flux<E> on(Class<E> type) {
        return sink.asFlux().ofType(type).onBackpressureBuffer(BUFFER, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }
}
