package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The connection to PostgreSQL broke (server restart or crash, {@code pg_terminate_backend}, network,
 * {@code idle_in_transaction_session_timeout}) before the transaction committed: nothing of it was written.
 * Retryable: run the unit of work again. When the connection broke during COMMIT itself, ormkit asks the
 * server whether the transaction committed; if it could not find out, it raises
 * {@link CommitOutcomeUnknownException} instead.
 */
public class ConnectionLostException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A lost connection; the transaction did not commit. */
    public ConnectionLostException(String message, @Nullable Throwable cause, @Nullable String sqlState) {
        super(message, cause, sqlState, true);
    }
}
