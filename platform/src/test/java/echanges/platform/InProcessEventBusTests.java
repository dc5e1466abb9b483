package echanges.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class InProcessEventBusTests {

    record Said(String text) {
    }

    record Other(int n) {
    }

    @Test
    void shouldDeliverEventsOfTheAskedTypePublishedAfterSubscribing() {
        InProcessEventBus bus = new InProcessEventBus();
        bus.publish(new Said("before"));
        List<Said> heard = new CopyOnWriteArrayList<>();
        Disposable subscription = bus.on(Said.class).subscribe(heard::add);

        bus.publish(new Said("after"));
        bus.publish(new Other(1));

        assertThat(heard).containsExactly(new Said("after"));
        subscription.dispose();
    }

    @Test
    void shouldKeepServingOthersWhenASubscriberStopsAsking() {
        InProcessEventBus bus = new InProcessEventBus();
        Flux<Said> stalled = bus.on(Said.class);
        List<Said> heard = new CopyOnWriteArrayList<>();
        Disposable lively = bus.on(Said.class).subscribe(heard::add);

        StepVerifier.create(stalled, 0)
                .then(() -> {
                    for (int i = 0; i < InProcessEventBus.BUFFER + 10; i++) bus.publish(new Said("n" + i));
                })
                .thenRequest(1)
                // The stalled subscriber lost its oldest events, not the newest.
                .expectNext(new Said("n10"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));

        assertThat(heard).hasSize(InProcessEventBus.BUFFER + 10);
        lively.dispose();
    }
}
