package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;
import org.jspecify.annotations.Nullable;

/**
 * A bulk import that failed: a type it cannot write (detected before any row is sent) or a row PostgreSQL
 * refused. The whole import fails; the caller's transaction must be rolled back, and nothing is left behind.
 */
public class BulkImportException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A failure whose message names the entity, table or attribute and the fix. */
    public BulkImportException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
