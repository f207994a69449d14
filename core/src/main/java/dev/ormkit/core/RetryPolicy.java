package dev.ormkit.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When {@link OrmKit#fromTransaction(RetryPolicy, java.util.function.Function)} runs a unit of work again: after
 * a failure that is {@linkplain DatabaseFailureException#isRetryable() retryable} (a lost connection before or,
 * as PostgreSQL confirmed, during a commit that did not happen; a deadlock, serialization failure or lock
 * timeout), up to a number of attempts, with exponential backoff and jitter between them. Immutable.
 *
 * <pre>{@code
 * RetryPolicy retry = RetryPolicy.attempts(3).backoff(Duration.ofMillis(50), Duration.ofSeconds(2));
 * UUID id = orm.fromTransaction(retry, session -> {
 *     Order order = new Order(cart);     // a new id per attempt: an attempt that did not commit left nothing
 *     session.persist(order);
 *     return order.getId();
 * });
 * }</pre>
 *
 * <p>A retried unit of work must be safe to run again from the start: it runs in a new session, so it must
 * read what it needs inside the lambda and not depend on entities a failed attempt changed. A
 * {@link CommitOutcomeUnknownException} is never retried: the first attempt may have committed.
 */
public final class RetryPolicy {

    private final int attempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final boolean optimistic;

    private RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff, boolean optimistic) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.optimistic = optimistic;
    }

    /**
     * At most {@code attempts} runs in all (the first included), at least 1; backoff 50 ms doubling up to 2 s.
     *
     * @throws IllegalArgumentException when {@code attempts} is below 1
     */
    public static RetryPolicy attempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts is " + attempts + " but must be at least 1 (the first run).");
        }
        return new RetryPolicy(attempts, Duration.ofMillis(50), Duration.ofSeconds(2), false);
    }

    /**
     * The pause before the second attempt, doubled for each further one up to {@code max}; each pause is
     * drawn at random between half and all of it, so that conflicting transactions do not meet again.
     */
    public RetryPolicy backoff(Duration first, Duration max) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(max, "max must not be null");
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff is " + first + " up to " + max + " but must be zero or more, "
                    + "and max at least first.");
        }
        return new RetryPolicy(attempts, first, max, optimistic);
    }

    /**
     * Also retries after an {@link OptimisticConflictException}: right only when the unit of work reads the
     * rows it changes inside the lambda, so that each attempt sees the latest version.
     */
    public RetryPolicy alsoOnOptimisticConflict() {
        return new RetryPolicy(attempts, firstBackoff, maxBackoff, true);
    }

    /** The most runs in all, the first included. */
    public int maxAttempts() {
        return attempts;
    }

    /** Whether a unit of work that failed with {@code failure} on run {@code attempt} (1-based) runs again. */
    public boolean retries(DatabaseFailureException failure, int attempt) {
        if (attempt >= attempts || failure instanceof CommitOutcomeUnknownException) {
            return false;
        }
        return failure.isRetryable() || (optimistic && failure instanceof OptimisticConflictException);
    }

    /** The pause after run {@code attempt} (1-based) failed. */
    public Duration pauseAfter(int attempt) {
        long millis = firstBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        millis = Math.min(millis, maxBackoff.toMillis());
        return Duration.ofMillis(millis <= 1 ? millis : ThreadLocalRandom.current().nextLong(millis / 2, millis + 1));
    }
}
