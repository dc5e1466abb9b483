package echanges.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that is moved by hand and may also move by a step at each reading. Tests use it to
 * control time; the demo loader uses it so that its people register a month ago and post over
 * days, without the posting limits holding it back.
 */
public final class SteppingClock extends Clock {

    private final AtomicReference<Instant> now;
    private volatile Duration step;

    public SteppingClock(Instant start, Duration step) {
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
        throw new UnsupportedOperationException("a stepping clock is in UTC");
    }
}
