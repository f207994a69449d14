package dev.ormkit.softdelete;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entity whose delete is an UPDATE of {@code deletedAt} instead of a DELETE.
 *
 * <p>{@link SoftDeletableEntity} implements it. An entity that must extend another class can implement it and
 * map a persistent property named {@code deletedAt} (a nullable {@code timestamptz} column, normally
 * {@code deleted_at}). In an inheritance hierarchy the root entity must be soft-deletable.
 */
public interface SoftDeletable {

    /** When the row was soft-deleted, or {@code null} while it is live. */
    @Nullable Instant getDeletedAt();

    /** Set by ormkit on delete (from its {@link java.time.Clock}) and cleared on restore. */
    void setDeletedAt(@Nullable Instant deletedAt);

    /** Whether the row is soft-deleted. */
    default boolean isDeleted() {
        return getDeletedAt() != null;
    }
}
