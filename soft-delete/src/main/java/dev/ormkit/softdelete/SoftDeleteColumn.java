package dev.ormkit.softdelete;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The {@code deleted_at} column as an embeddable, for an entity that already extends a superclass of its own and
 * so cannot extend {@link SoftDeletableEntity}: embed it and implement {@link SoftDeletableWithColumn}, whose
 * default methods read and write it — one field and one method instead of a mapped column and two accessors.
 *
 * <pre>{@code
 * @Entity
 * public class Owner extends Person implements SoftDeletableWithColumn {   // Vet extends Person too, and is not
 *     @Embedded
 *     private SoftDeleteColumn deletion = new SoftDeleteColumn();
 *
 *     @Override
 *     public SoftDeleteColumn softDeleteColumn() {   // Hibernate leaves the field null for a live row
 *         return deletion == null ? (deletion = new SoftDeleteColumn()) : deletion;
 *     }
 * }
 * }</pre>
 *
 * Everything soft delete does works the same as for {@code SoftDeletableEntity}; the column is {@code deleted_at}
 * whatever the naming strategy.
 */
@Embeddable
public class SoftDeleteColumn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    /** A live row's column: {@code null}. */
    public SoftDeleteColumn() {}

    /** When the row was soft-deleted, or {@code null} while it is live. */
    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    /** Set by ormkit on delete and cleared on restore. */
    public void setDeletedAt(@Nullable Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
