package dev.ormkit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The audit columns {@code created_by} and {@code updated_by} as one embeddable, for entities that already extend
 * a superclass of their own and so cannot extend {@link AuditedEntity}. Embed it and implement
 * {@link AuditedWithColumns}; ormkit fills it exactly as it fills {@link AuditedEntity}'s columns.
 *
 * <pre>{@code
 * @Entity
 * public class Owner extends Person implements AuditedWithColumns {
 *     @Embedded
 *     private AuditColumns audit = new AuditColumns();
 *
 *     @Override
 *     public AuditColumns auditColumns() {
 *         return audit;
 *     }
 * }
 * }</pre>
 */
@Embeddable
public class AuditColumns implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Who inserted the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "created_by", nullable = false, updatable = false)
    private @Nullable String createdBy;

    /** Who last updated (or inserted) the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "updated_by", nullable = false)
    private @Nullable String updatedBy;

    /** Empty columns; ormkit fills them at insert. */
    public AuditColumns() {}

    /** Who inserted the row. */
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    /** Who last wrote the row. */
    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    void setUpdatedBy(@Nullable String updatedBy) {
        this.updatedBy = updatedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditColumns that && other.getClass() == getClass()
                && Objects.equals(createdBy, that.createdBy) && Objects.equals(updatedBy, that.updatedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(createdBy, updatedBy);
    }

    @Override
    public String toString() {
        return "AuditColumns";
    }
}
