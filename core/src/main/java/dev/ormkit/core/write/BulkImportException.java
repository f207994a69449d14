package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BulkImport} failed in the database; the transaction is aborted and must be rolled back, and no row
 * of the import remains after the rollback.
 *
 * <p>The message names the table, the SQLSTATE, the constraint or column where PostgreSQL reports one, and
 * the failing row's position in the imported sequence (1-based). It never contains bound values: PostgreSQL's
 * detail ("Key (email)=(ada@example.com) already exists", "Failing row contains (...)") and the COPY context
 * line are left out. The cause is the driver's exception when its message cannot hold values (a lost
 * connection, SQLState classes 08, 40, 57), otherwise a value-free copy of it with the same SQLState and stack
 * trace; {@code DatabaseFailures.classify} reads its kind from either.
 */
public final class BulkImportException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** The table being copied into. */
    private final String table;
    /** PostgreSQL's SQLState code, when there is one. */
    private final @Nullable String sqlState;
    /** The 1-based position of the failing entity in the imported sequence, or 0 when PostgreSQL names none. */
    private final long row;

    BulkImportException(String message, String table, @Nullable String sqlState, long row) {
        super(message);
        this.table = table;
        this.sqlState = sqlState;
        this.row = row;
    }

    /** The table the import wrote into. */
    public String table() {
        return table;
    }

    /** PostgreSQL's SQLSTATE (for example {@code 23505} for a unique violation), or {@code null} if unknown. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /** The 1-based position of the failing entity in the imported sequence, or 0 when PostgreSQL names none. */
    public long row() {
        return row;
    }
}
