package dev.ormkit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The audit columns of a soft-deletable entity — {@code created_by}, {@code updated_by} and {@code deleted_by} —
 * as one embeddable, for entities that already extend a superclass of their own and so cannot extend
 * {@link AuditedSoftDeletableEntity}. Embed it and implement {@link AuditedDeletionWithColumns}; embed
 * {@link dev.ormkit.softdelete.SoftDeleteColumn} too for {@code deleted_at} (or map {@code deletedAt} yourself).
 *
 * <pre>{@code
 * @Entity
 * public class Owner extends Person implements AuditedDeletionWithColumns, SoftDeletableWithColumn {
 *     @Embedded
 *     private DeletionAuditColumns audit = new DeletionAuditColumns();
 *
 *     @Embedded
 *     private SoftDeleteColumn deletion = new SoftDeleteColumn();
 *
 *     public DeletionAuditColumns auditColumns() { return audit; }
 *     public SoftDeleteColumn softDeleteColumn() {
 *         return deletion == null ? (deletion = new SoftDeleteColumn()) : deletion;
 *     }
 * }
 * }</pre>
 */
@Embeddable
public class DeletionAuditColumns implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Who inserted the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "created_by", nullable = false, updatable = false)
    private @Nullable String createdBy;

    /** Who last updated (or inserted) the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "updated_by", nullable = false)
    private @Nullable String updatedBy;

    /** Who soft-deleted the row; null while it is live. */
    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    /** Empty columns; ormkit fills them at insert and at soft delete. */
    public DeletionAuditColumns() {}

    /** Who inserted the row. */
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    /** Who last wrote the row. */
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    /** Who soft-deleted the row, or {@code null} while it is live. */
    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    void setUpdatedBy(@Nullable String updatedBy) {
        this.updatedBy = updatedBy;
    }

    void setDeletedBy(@Nullable String deletedBy) {
        this.deletedBy = deletedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeletionAuditColumns that && other.getClass() == getClass()
                && Objects.equals(createdBy, that.createdBy) && Objects.equals(updatedBy, that.updatedBy)
                && Objects.equals(deletedBy, that.deletedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(createdBy, updatedBy, deletedBy);
    }

    @Override
    public String toString() {
        return "DeletionAuditColumns";
    }
}
