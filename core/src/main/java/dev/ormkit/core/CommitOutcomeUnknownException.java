package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The connection broke while the transaction was committing, and ormkit could not find out afterwards
 * whether the commit happened (the server stayed unreachable, or no longer knows the transaction). The
 * transaction's writes may or may not be in the database. Not retryable blindly: check for the rows first —
 * entity ids assigned at construction make that a lookup by id. {@link #transactionId()} is PostgreSQL's id
 * of the transaction, for {@code select txid_status(…)} once the server is back.
 */
public class CommitOutcomeUnknownException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's id of the transaction whose commit went unanswered. */
    private final long transactionId;

    /** An unknown outcome of transaction {@code transactionId}. */
    public CommitOutcomeUnknownException(String message, @Nullable Throwable cause, long transactionId) {
        super(message, cause, null, false);
        this.transactionId = transactionId;
    }

    /** PostgreSQL's 64-bit transaction id ({@code txid_current()}) of the transaction in doubt. */
    public long transactionId() {
        return transactionId;
    }
}
