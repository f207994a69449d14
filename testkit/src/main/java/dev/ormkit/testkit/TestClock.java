package dev.ormkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that tests move by hand, so timestamps ormkit writes are exact and no test sleeps.
 *
 * <pre>{@code
 * TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
 * OrmKit orm = OrmKit.builder()...clock(clock).build();
 * clock.advance(Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>Always in UTC; safe to read from several threads.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start must not be null");
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant must not be null");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: a test clock is always UTC. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
