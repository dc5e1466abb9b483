package echanges.api.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import echanges.search.OutboxDrain;

/** Runs the outbox drain on one background thread, every interval, while the application runs. */
final class SearchSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchSync.class);

    private final OutboxDrain drain;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    SearchSync(OutboxDrain drain, Duration interval) {
        this.drain = drain;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-sync").daemon().factory());
        executor.scheduleWithFixedDelay(this::drainSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drainSafely() {
        try {
            drain.drain();
        } catch (RuntimeException e) {
            // A failed round (Neo4j restarting, say) must not end the schedule; the entries wait.
            log.warn("Search sync round failed; retrying: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (executor == null) return;
        // Let a round in progress finish, so that it does not write to a graph being closed.
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
