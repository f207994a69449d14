package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;
import org.jspecify.annotations.Nullable;

/**
 * {@link BulkImport} cannot write an entity class faithfully through one {@code COPY}: it is abstract or not
 * mapped, spans several tables (joined or table-per-class inheritance, secondary tables), has a database-generated
 * id or value, a column write transformer, a JSON/struct aggregate embeddable, a non-numeric version or a column
 * type the COPY writer does not support. Thrown at the first call, before any row is sent, so the transaction
 * stays usable; the message names the entity and attribute and says what to use instead (usually
 * {@link BatchInsert#saveAll(jakarta.persistence.EntityManager, Iterable)}).
 */
public class UnsupportedBulkImportException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused entity class; the message names the entity, the attribute and the alternative. */
    public UnsupportedBulkImportException(String message) {
        super(message);
    }

    /** A refused entity class with the exception that revealed it. */
    public UnsupportedBulkImportException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
