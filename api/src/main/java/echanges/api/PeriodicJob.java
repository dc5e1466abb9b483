package echanges.api;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background work that runs on one thread, every interval, while the application runs. A failed
 * round is logged and the next one retries; stopping lets a round in progress finish, so that it
 * does not write to a graph being closed.
 */
public final class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration interval;
    private final Runnable round;
    private volatile ScheduledExecutorService executor;

    public PeriodicJob(String name, Duration interval, Runnable round) {
        this.name = name;
        this.interval = interval;
        this.round = round;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        executor.scheduleWithFixedDelay(this::runRound, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runRound() {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.warn("{}: a round failed; the next one retries: {}", name, e.toString());
        }
    }

    @Override
    public void stop() {
        if (executor == null) return;
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
