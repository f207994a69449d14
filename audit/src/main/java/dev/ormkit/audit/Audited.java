package dev.ormkit.audit;

import org.jspecify.annotations.Nullable;

/**
 * An entity whose {@code createdBy} and {@code updatedBy} ormkit sets from the current actor.
 *
 * <p>{@link AuditedEntity} and {@link AuditedSoftDeletableEntity} implement it. An entity that must extend
 * another class implements {@link AuditedWithColumns} and embeds {@link AuditColumns} (one field, one method), or
 * implements this interface and maps two persistent {@code String} properties named {@code createdBy} and
 * {@code updatedBy} (columns {@code created_by} and {@code updated_by}).
 */
public interface Audited {

    /** Who inserted the row; never changes after insert. */
    @Nullable String getCreatedBy();

    /** Who last wrote the row; changes only when the row really changes. */
    @Nullable String getUpdatedBy();

    /** Called by ormkit at insert when it is still {@code null}. */
    void setCreatedBy(@Nullable String actor);

    /** Called by ormkit at every insert and every update that really changes the row. */
    void setUpdatedBy(@Nullable String actor);
}
