package dev.ormkit.audit;

import jakarta.persistence.Embeddable;

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
public class AuditColumns extends ActorColumns {

    private static final long serialVersionUID = 1L;

    /** Empty columns; ormkit fills them at insert. */
    public AuditColumns() {}
}
