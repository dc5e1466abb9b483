package echanges.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand; it may also move by a step at each reading, so that a test
 * writing many posts is not held back by limits on how fast one may post.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private volatile Duration step;

    public TestClock(Instant start, Duration step) {
        this.now = new AtomicReference<>(start);
        this.step = step;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    /** Stops or changes the automatic step. */
    public void step(Duration step) {
        this.step = step;
    }

    public Instant peek() {
        return now.get();
    }

    @Override
    public Instant instant() {
        Duration by = step;
        return now.getAndUpdate(i -> i.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is in UTC");
    }
}
