package dev.ormkit.audit;

import dev.ormkit.softdelete.SoftDeletable;
import org.jspecify.annotations.Nullable;

/**
 * An audited, soft-deletable entity that also records who deleted it ({@code deletedBy}, column
 * {@code deleted_by}): set when {@code deletedAt} goes from null to a value, cleared on restore.
 * {@link AuditedSoftDeletableEntity} implements it; an entity with a superclass of its own implements
 * {@link AuditedDeletionWithColumns} instead.
 */
public interface AuditedDeletion extends Audited, SoftDeletable {

    /** Who soft-deleted the row, or {@code null} while it is live. */
    @Nullable String getDeletedBy();

    /** Called by ormkit when the row is soft-deleted (the actor) and restored ({@code null}). */
    void setDeletedBy(@Nullable String actor);
}
