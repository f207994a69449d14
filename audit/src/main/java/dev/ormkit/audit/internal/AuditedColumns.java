package dev.ormkit.audit.internal;

import dev.ormkit.audit.AuditColumns;
import dev.ormkit.audit.AuditedDeletionWithColumns;
import dev.ormkit.audit.AuditedWithColumns;
import dev.ormkit.audit.DeletionAuditColumns;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.internal.FlushFilledProperties;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Support for the embedded audit columns ({@link AuditColumns}, {@link DeletionAuditColumns}). The listener sets
 * them through the entity's interface methods, which write into the entity's embedded instance; Hibernate's insert
 * state holds a deep copy of that instance, so the listener puts the entity's own instance back into the state.
 */
final class AuditedColumns {

    private AuditedColumns() {}

    static boolean embeds(Class<?> type) {
        return AuditedWithColumns.class.isAssignableFrom(type) || AuditedDeletionWithColumns.class.isAssignableFrom(type);
    }

    /** The entity's embedded columns, or {@code null} for an entity that maps them as plain properties. */
    static @Nullable Object of(Object entity) {
        if (entity instanceof AuditedWithColumns audited) {
            return audited.auditColumns();
        }
        return entity instanceof AuditedDeletionWithColumns audited ? audited.auditColumns() : null;
    }

    /** The state-array index of the embedded columns, or -1. */
    static int slotOf(EntityPersister persister) {
        var types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            if (isColumns(types[i].getReturnedClass())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isColumns(@Nullable Class<?> type) {
        return type == AuditColumns.class || type == DeletionAuditColumns.class;
    }

    /**
     * Checks the embedded property is mapped, keeps Hibernate's persist-time null check off its columns (filled
     * at flush) and writes it in every UPDATE, as for the plain audit properties.
     */
    static void prepare(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        Class<?> wanted = AuditedWithColumns.class.isAssignableFrom(type) ? AuditColumns.class : DeletionAuditColumns.class;
        for (Property property : entity.getPropertyClosure()) {
            if (property.getValue() instanceof Component component && component.getComponentClass() == wanted) {
                property.setOptional(true);
                for (Property column : component.getProperties()) {
                    column.setOptional(true);
                }
                FlushFilledProperties.writeOnEveryUpdate(entity, property.getName());
                return;
            }
        }
        throw new OrmKitConfigurationException("Entity " + entity.getEntityName() + " implements "
                + (wanted == AuditColumns.class ? AuditedWithColumns.class : AuditedDeletionWithColumns.class).getName()
                + " but maps no embedded " + wanted.getSimpleName() + ". Add \"@Embedded private "
                + wanted.getSimpleName() + " audit = new " + wanted.getSimpleName() + "();\" and return it from"
                + " auditColumns().");
    }
}
