package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;
import org.jspecify.annotations.Nullable;

/**
 * An element handed to {@link BatchInsert} or {@link BulkImport} cannot be written by that path: it is
 * {@code null}, not a mapped entity, of another class than the import's, not new where only new entities are
 * accepted, without an id, without a {@code @Version} to tell new from existing, or a {@code PRE_INSERT} listener
 * vetoed it. The message names the element's 1-based position (or 0-based count for {@code BatchInsert}), the
 * entity and the fix; never a property value. Thrown before the element is sent; in {@code BulkImport} the
 * whole import is then abandoned, so roll the transaction back.
 */
public class UnwritableEntityException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused element; the message names its position, the entity and the fix. */
    public UnwritableEntityException(String message) {
        super(message);
    }

    /** A refused element with the exception that revealed it (for example Hibernate's unknown-entity error). */
    public UnwritableEntityException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
