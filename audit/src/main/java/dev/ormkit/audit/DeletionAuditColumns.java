package dev.ormkit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
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
public class DeletionAuditColumns extends ActorColumns {

    private static final long serialVersionUID = 1L;

    /** Who soft-deleted the row; null while it is live. */
    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    /** Empty columns; ormkit fills them at insert and at soft delete. */
    public DeletionAuditColumns() {}

    /** Who soft-deleted the row, or {@code null} while it is live. */
    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    void setDeletedBy(@Nullable String deletedBy) {
        this.deletedBy = deletedBy;
    }

    @Override
    List<@Nullable String> values() {
        List<@Nullable String> values = new ArrayList<>(super.values());
        values.add(deletedBy);
        return values;
    }
}
