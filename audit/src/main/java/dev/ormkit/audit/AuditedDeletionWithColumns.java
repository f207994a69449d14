package dev.ormkit.audit;

import org.jspecify.annotations.Nullable;

/**
 * {@link AuditedDeletion} for an entity that extends a superclass of its own: {@code created_by},
 * {@code updated_by} and {@code deleted_by} live in one embedded {@link DeletionAuditColumns}, and every audit
 * accessor is implemented here by delegating to it. The entity maps that field, {@link #auditColumns()}, and —
 * as {@link dev.ormkit.softdelete.SoftDeletable} asks — a {@code deletedAt} property with its two accessors; see
 * the example on {@link DeletionAuditColumns}.
 */
public interface AuditedDeletionWithColumns extends AuditedDeletion {

    /** The embedded audit columns; never {@code null} (initialise the field with {@code new DeletionAuditColumns()}). */
    DeletionAuditColumns auditColumns();

    @Override
    default @Nullable String getCreatedBy() {
        return auditColumns().getCreatedBy();
    }

    @Override
    default @Nullable String getUpdatedBy() {
        return auditColumns().getUpdatedBy();
    }

    @Override
    default @Nullable String getDeletedBy() {
        return auditColumns().getDeletedBy();
    }

    @Override
    default void setCreatedBy(@Nullable String actor) {
        auditColumns().setCreatedBy(actor);
    }

    @Override
    default void setUpdatedBy(@Nullable String actor) {
        auditColumns().setUpdatedBy(actor);
    }

    @Override
    default void setDeletedBy(@Nullable String actor) {
        auditColumns().setDeletedBy(actor);
    }
}
