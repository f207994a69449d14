package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The transaction lost a race with another one and was rolled back: a deadlock (SQLState 40P01), a
 * serialization failure (40001), or a lock it waited for longer than {@code lock_timeout} or asked for with
 * NOWAIT (55P03). Retryable: run the unit of work again, in a new transaction.
 */
public class TransactionConflictException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A conflict; the transaction did not commit. */
    public TransactionConflictException(String message, @Nullable Throwable cause, @Nullable String sqlState) {
        super(message, cause, sqlState, true);
    }
}
