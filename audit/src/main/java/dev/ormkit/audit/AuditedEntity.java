package dev.ormkit.audit;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BaseEntity} that records who inserted it ({@code created_by}) and who last changed it
 * ({@code updated_by}). For audited entities that are also soft-deleted, extend
 * {@link AuditedSoftDeletableEntity} instead: one superclass per combination, never two.
 *
 * <pre>{@code
 * @Entity
 * public class Invoice extends AuditedEntity { ... }
 *
 * Auditing.as("importer", () -> session.persist(invoice));   // created_by = updated_by = 'importer',
 *                                                            // also when the commit comes after the block
 * }</pre>
 *
 * <p>The actor comes from the {@link Auditing#as} block the change was made in, else the application's
 * {@link AuditorProvider}, else the configured system actor.
 */
@MappedSuperclass
public abstract class AuditedEntity extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** Who inserted the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "created_by", nullable = false, updatable = false)
    private @Nullable String createdBy;

    /** Who last updated (or inserted) the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "updated_by", nullable = false)
    private @Nullable String updatedBy;

    /** Creates an entity with a fresh id. */
    protected AuditedEntity() {}

    @Override
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    @Override
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public void setCreatedBy(@Nullable String actor) {
        this.createdBy = actor;
    }

    @Override
    public void setUpdatedBy(@Nullable String actor) {
        this.updatedBy = actor;
    }
}
