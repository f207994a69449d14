package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;

/**
 * {@link BatchInsert} or {@link BulkImport} was called without an active transaction. Both write through the
 * caller's transaction (so that a rollback leaves nothing of the write), and refuse to open one of their own.
 * Nothing was written. Call them inside {@code OrmKit.inTransaction(...)}, a {@code @Transactional} method or
 * {@code getTransaction().begin()}/{@code commit()}.
 */
public class NoActiveTransactionException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused call; the message names the entry point and how to open a transaction. */
    public NoActiveTransactionException(String message) {
        super(message);
    }
}
