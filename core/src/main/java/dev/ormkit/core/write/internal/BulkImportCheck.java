package dev.ormkit.core.write.internal;

import org.hibernate.persister.entity.EntityPersister;

/**
 * Implemented by a {@code PRE_INSERT} listener of a sibling module that cannot do its work for rows written by
 * {@code BulkImport} (the audit module's change log): asked once per import, before the COPY starts, so that a
 * refusal leaves the caller's transaction usable.
 */
public interface BulkImportCheck {

    /** Throws an {@code OrmKitException} naming the entity, why it cannot be imported and what to use instead. */
    void checkBulkImport(EntityPersister persister);
}
