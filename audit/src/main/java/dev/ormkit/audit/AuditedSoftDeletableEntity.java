package dev.ormkit.audit;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A soft-deletable entity ({@link SoftDeletableEntity}) that also records who inserted it, who last changed
 * it and who deleted it ({@code created_by}, {@code updated_by}, {@code deleted_by}).
 *
 * <pre>{@code
 * @Entity
 * public class Customer extends AuditedSoftDeletableEntity { ... }
 *
 * session.remove(customer);   // deleted_at = now, deleted_by = the current actor
 * SoftDeletes.restore(session, Customer.class, id);   // deleted_by cleared, updated_by = the actor
 * }</pre>
 */
@MappedSuperclass
public abstract class AuditedSoftDeletableEntity extends SoftDeletableEntity implements AuditedDeletion {

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

    /** Creates a live entity with a fresh id. */
    protected AuditedSoftDeletableEntity() {}

    @Override
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    @Override
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    @Override
    public void setCreatedBy(@Nullable String actor) {
        this.createdBy = actor;
    }

    @Override
    public void setUpdatedBy(@Nullable String actor) {
        this.updatedBy = actor;
    }

    @Override
    public void setDeletedBy(@Nullable String actor) {
        this.deletedBy = actor;
    }
}
