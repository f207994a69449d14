package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * An optimistic lock check failed: the row was changed (or deleted, or soft-deleted) by someone else since it
 * was read, so its {@code version} no longer matched. Not retryable as is: the unit of work must read the
 * row again and decide, which {@code OrmKit.inTransaction(RetryPolicy, …)} does only when the policy asks
 * for it ({@link RetryPolicy#alsoOnOptimisticConflict()}).
 */
public class OptimisticConflictException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A stale version; the transaction did not commit. */
    public OptimisticConflictException(String message, @Nullable Throwable cause) {
        super(message, cause, null, false);
    }
}
