package echanges.platform;

import reactor.core.publisher.Flux;

/**
 * Live events between modules and to subscriptions. Publish after the transaction commits.
 * In-process today; a broker-backed implementation carries the same events between API nodes.
 */
public interface EventBus {

    void publish(Object event);

    <E> Flux<E> on(Class<E> type);
}
