package dev.ormkit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code created_by} and {@code updated_by}, shared by the two embeddables {@link AuditColumns} and
 * {@link DeletionAuditColumns}. A mapped superclass, not an embeddable: Hibernate would map an embeddable that extends
 * another as embeddable inheritance, with a discriminator column.
 */
@MappedSuperclass
abstract class ActorColumns implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Who inserted the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "created_by", nullable = false, updatable = false)
    private @Nullable String createdBy;

    /** Who last updated (or inserted) the row, from the {@code AuditorProvider} or the scoped actor; null while new. */
    @Column(name = "updated_by", nullable = false)
    private @Nullable String updatedBy;

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

    /** The column values equality compares; subclasses add theirs. */
    List<@Nullable String> values() {
        return Arrays.asList(createdBy, updatedBy);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && values().equals(((ActorColumns) other).values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
