package dev.ormkit.audit;

import org.jspecify.annotations.Nullable;

/**
 * {@link Audited} for an entity that extends a superclass of its own: the columns live in one embedded
 * {@link AuditColumns}, and every accessor of {@code Audited} is implemented here by delegating to it. The entity
 * maps one field and one method:
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
public interface AuditedWithColumns extends Audited {

    /** The embedded audit columns; never {@code null} (initialise the field with {@code new AuditColumns()}). */
    AuditColumns auditColumns();

    @Override
    default @Nullable String getCreatedBy() {
        return auditColumns().getCreatedBy();
    }

    @Override
    default @Nullable String getUpdatedBy() {
        return auditColumns().getUpdatedBy();
    }

    @Override
    default void setCreatedBy(@Nullable String actor) {
        auditColumns().setCreatedBy(actor);
    }

    @Override
    default void setUpdatedBy(@Nullable String actor) {
        auditColumns().setUpdatedBy(actor);
    }
}
