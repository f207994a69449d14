package dev.ormkit.softdelete.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.softdelete.SoftDeletable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.internal.DefaultDeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.jspecify.annotations.Nullable;

/**
 * Makes every {@link SoftDeletable} entity soft-deleted, with no annotation in the application: adds the
 * visibility filters to the hierarchy roots and to every collection of such entities and gives them ormkit's
 * persisters ({@link VisibilityFilters} says why), refuses cascades from a soft-deletable entity to a plain
 * one, and installs the DELETE and LOAD listeners.
 */
public final class SoftDeleteIntegrator implements org.hibernate.integrator.spi.Integrator {

    /** The condition of the "including deleted" marker filter; the persisters never render it. */
    static final String ALWAYS = "1 = 1";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        boolean any = false;
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!softDeletable(entity)) {
                continue;
            }
            any = true;
            if (entity instanceof RootClass) {
                String column = deletedColumn(entity);
                entity.addFilter(VisibilityFilters.LIVE, column + " is null", true, Map.of(), Map.of());
                entity.addFilter(VisibilityFilters.ONLY_DELETED, column + " is not null", true, Map.of(), Map.of());
                entity.addFilter(VisibilityFilters.ALL, ALWAYS, true, Map.of(), Map.of());
            }
            checkCascades(metadata, entity);
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            PersistentClass element = elementEntity(metadata, collection.getElement());
            if (element == null || !softDeletable(element)) {
                continue;
            }
            String column = deletedColumn(element);
            if (collection.isOneToMany()) {
                collection.addFilter(VisibilityFilters.LIVE, column + " is null", true, Map.of(), Map.of());
                collection.addFilter(VisibilityFilters.ONLY_DELETED, column + " is not null", true, Map.of(), Map.of());
                collection.addFilter(VisibilityFilters.ALL, ALWAYS, true, Map.of(), Map.of());
            } else {
                collection.addManyToManyFilter(VisibilityFilters.LIVE, column + " is null", true, Map.of(), Map.of());
                collection.addManyToManyFilter(VisibilityFilters.ONLY_DELETED, column + " is not null", true,
                        Map.of(), Map.of());
                collection.addManyToManyFilter(VisibilityFilters.ALL, ALWAYS, true, Map.of(), Map.of());
            }
        }
        if (!any) {
            return;
        }
        requireBulkDeleteTranslation(factory);
        Clock clock = Clocks.fromProperties(factory.getProperties());
        EventListenerRegistry listeners = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.setListeners(EventType.DELETE, new SoftDeleteListener(clock, new DefaultDeleteEventListener()));
        listeners.appendListeners(EventType.PRE_DELETE, new HardDeleteGuard(clock));
        listeners.appendListeners(EventType.LOAD, new DeletedRowGuard());
    }

    static boolean softDeletable(PersistentClass entity) {
        Class<?> type = entity.getRootClass().getMappedClass();
        return type != null && SoftDeletable.class.isAssignableFrom(type);
    }

    private static String deletedColumn(PersistentClass entity) {
        RootClass root = entity.getRootClass();
        Property property = DeletedAtPath.of(root);
        if (property == null) {
            throw new OrmKitConfigurationException("Entity " + root.getJpaEntityName() + " implements "
                    + "dev.ormkit.softdelete.SoftDeletable but maps no persistent property 'deletedAt'. Map it as a "
                    + "nullable Instant column (@Column(name = \"deleted_at\") private Instant deletedAt;), embed a "
                    + "SoftDeleteColumn and implement SoftDeletableWithColumn, or extend SoftDeletableEntity.");
        }
        List<Selectable> columns = property.getSelectables();
        return columns.get(0).getText();
    }

    private static @Nullable PersistentClass elementEntity(Metadata metadata, Value element) {
        String name = null;
        if (element instanceof OneToMany oneToMany) {
            name = oneToMany.getReferencedEntityName();
        } else if (element instanceof ManyToOne manyToOne) {
            name = manyToOne.getReferencedEntityName();
        }
        return name == null ? null : metadata.getEntityBinding(name);
    }

    /** A remove cascaded from a soft-deletable parent to a plain child would be undone at flush: refuse it. */
    private static void checkCascades(Metadata metadata, PersistentClass entity) {
        for (Property property : entity.getPropertyClosure()) {
            if (!property.getCascadeStyle().doCascade(CascadingActions.REMOVE)
                    && !(property.getValue() instanceof Collection c && c.hasOrphanDelete())) {
                continue;
            }
            Value value = property.getValue();
            PersistentClass target = value instanceof Collection collection
                    ? elementEntity(metadata, collection.getElement())
                    : value instanceof ToOne toOne ? metadata.getEntityBinding(toOne.getReferencedEntityName()) : null;
            if (target != null && !softDeletable(target)) {
                throw new OrmKitConfigurationException("Soft-deletable entity " + entity.getJpaEntityName()
                        + " cascades remove (or orphan removal) through '" + property.getName() + "' to "
                        + target.getJpaEntityName() + ", which is not soft-deletable: soft-deleting the parent cannot "
                        + "delete it. Make " + target.getJpaEntityName() + " soft-deletable too, or remove "
                        + "CascadeType.REMOVE/ALL and orphanRemoval from '" + property.getName() + "'.");
            }
        }
    }

    /** {@link SoftDeleteSettings} installs the translator; a registry built some other way must not run without it. */
    private static void requireBulkDeleteTranslation(SessionFactoryImplementor factory) {
        Object translators = factory.getProperties().get(SoftDeleteSettings.TRANSLATOR);
        if (translators == null || !SoftDeleteSettings.isOurs(translators)) {
            throw new OrmKitConfigurationException("This session factory maps soft-deletable entities, but its "
                    + "Hibernate SQM translator factory is " + (translators == null ? "Hibernate's default" : translators) + ", so bulk deletes "
                    + "would hard-delete their rows. ormkit-soft-delete sets " + SoftDeleteSettings.TRANSLATOR + "="
                    + SoftDeleteTranslators.class.getName() + " through its ServiceContributor; make sure "
                    + "META-INF/services files are not filtered out of the class path, and remove any other value.");
        }
    }
}
