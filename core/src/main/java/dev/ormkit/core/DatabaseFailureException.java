package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A failure in the database that an application must handle, classified by kind: each subtype is one kind,
 * and {@link #isRetryable()} says whether running the whole unit of work again can succeed. ormkit raises
 * these from repository queries, from {@code OrmKit.inTransaction}/{@code fromTransaction} with a
 * {@link RetryPolicy}, and for a connection lost during COMMIT; {@link DatabaseFailures#classify} maps any
 * other exception (a Hibernate one from a plain {@code inTransaction}, one from a Spring-managed transaction).
 *
 * <p>Messages name the SQLState and, for constraint violations, the constraint and table; they never hold a
 * bound or row value. When PostgreSQL's own message could hold one (data and integrity errors, SQLState
 * classes 22 and 23) the cause is a value-free copy of the driver's exception with its SQLState and stack
 * trace; otherwise it is the original exception.
 */
public class DatabaseFailureException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's SQLState code, when there is one. */
    private final @Nullable String sqlState;
    /** Whether running the same transaction again may succeed. */
    private final boolean retryable;

    /** A classified failure; {@code sqlState} is PostgreSQL's code, when there is one. */
    protected DatabaseFailureException(String message, @Nullable Throwable cause, @Nullable String sqlState,
            boolean retryable) {
        super(message, cause);
        this.sqlState = sqlState;
        this.retryable = retryable;
    }

    /** PostgreSQL's SQLState, for example {@code 40P01}, or {@code null} when the failure had none. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /**
     * Whether the whole unit of work may be run again, in a new transaction, with a chance of success: the
     * transaction did not commit and the failure was transient (a lost connection, a deadlock, a lock wait or
     * serialization failure).
     */
    public boolean isRetryable() {
        return retryable;
    }
}
