package dev.ormkit.softdelete;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BaseEntity} that is soft-deleted: {@code em.remove(e)} sets {@code deleted_at} (and bumps the
 * version) instead of deleting the row, and deleted rows are hidden from {@code find}, JPQL, Criteria and
 * collections until {@link SoftDeletes#includingDeleted} asks for them.
 *
 * <pre>{@code
 * @Entity
 * public class Customer extends SoftDeletableEntity {
 *     private String email;
 * }
 *
 * session.remove(customer);                      // UPDATE customer SET deleted_at = ?, version = ? ...
 * session.find(Customer.class, id);              // null: hidden
 * SoftDeletes.restore(session, Customer.class, id);
 * }</pre>
 *
 * <p>Unique constraints must ignore deleted rows: see {@link SoftDeletes#partialUniqueIndex}.
 */
@MappedSuperclass
public abstract class SoftDeletableEntity extends BaseEntity implements SoftDeletable {

    private static final long serialVersionUID = 1L;

    /** When the row was soft-deleted, from the configured {@code Clock}; null while it is live. */
    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    /** Creates a live entity with a fresh id. */
    protected SoftDeletableEntity() {}

    @Override
    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    @Override
    public void setDeletedAt(@Nullable Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
