package dev.ormkit.softdelete;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@link SoftDeletable} through an embedded {@link SoftDeleteColumn}: implement {@link #softDeleteColumn()} to
 * return the entity's embedded instance, and the accessors come with the interface. See {@link SoftDeleteColumn}
 * for an example.
 */
public interface SoftDeletableWithColumn extends SoftDeletable {

    /**
     * The entity's embedded {@code deleted_at} column, never {@code null}. Hibernate sets an embedded field to
     * {@code null} when all its columns are null — as they are for a live row — so create it when it is:
     * {@code return deletion == null ? (deletion = new SoftDeleteColumn()) : deletion;}
     */
    SoftDeleteColumn softDeleteColumn();

    @Override
    default @Nullable Instant getDeletedAt() {
        return softDeleteColumn().getDeletedAt();
    }

    @Override
    default void setDeletedAt(@Nullable Instant deletedAt) {
        softDeleteColumn().setDeletedAt(deletedAt);
    }
}
