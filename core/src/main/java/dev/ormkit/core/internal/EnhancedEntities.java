package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.bytecode.enhance.spi.EnhancementInfo;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.mapping.PersistentClass;

/**
 * ormkit's entities under Hibernate's bytecode enhancement (the {@code enhance} goal of Hibernate's build plugins).
 * Measured in issue 22: enhancement with dirty tracking did not make inserts measurably faster, and an enhanced
 * subclass of a mapped superclass that is not enhanced — ormkit's {@code BaseEntity} as shipped in its jar — loses
 * changes to the superclass's fields without a word (a changed {@code updatedAt} was never written).
 */
public final class EnhancedEntities {

    private EnhancedEntities() {}

    /**
     * Runs a listener's writes to an entity's fields without an enhanced entity's dirty tracking seeing them. The
     * listeners write the same values into the state Hibernate binds; tracked, the writes left the entity dirty
     * after the flush, so the next flush of the session sent an UPDATE that changed nothing but the version.
     */
    public static void untracked(Object entity, Runnable writes) {
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_suspendDirtyTracking(true);
            try {
                writes.run();
            } finally {
                tracker.$$_hibernate_suspendDirtyTracking(false);
            }
        } else {
            writes.run();
        }
    }

    /** Fails start-up for an enhanced entity with a mapped superclass that is not enhanced. */
    static void check(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        if (type == null || !type.isAnnotationPresent(EnhancementInfo.class)) {
            return;
        }
        for (Class<?> parent = type.getSuperclass(); parent != null && parent != Object.class;
                parent = parent.getSuperclass()) {
            boolean mapped = parent.isAnnotationPresent(MappedSuperclass.class) || parent.isAnnotationPresent(Entity.class);
            if (mapped && !parent.isAnnotationPresent(EnhancementInfo.class)) {
                throw new OrmKitConfigurationException("Entity " + type.getName() + " is bytecode-enhanced but its "
                        + "mapped superclass " + parent.getName() + " is not (it comes from a jar the enhancer did "
                        + "not process): Hibernate would not see changes to " + parent.getSimpleName() + "'s fields, "
                        + "so they would be lost, and the enhanced accessors call methods " + parent.getSimpleName()
                        + " does not have. Leave " + type.getSimpleName() + " out of the enhancement (the "
                        + "plugin's <fileSets> includes), or enhance " + parent.getSimpleName() + " as well. ormkit's "
                        + "benchmark found no speed-up from enhancement for inserts (docs/benchmarks.md).");
            }
        }
    }
}
