package dev.ormkit.softdelete.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Filter;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.FilterConfiguration;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.BasicCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.OneToManyPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.JoinedSubclassEntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.persister.internal.PersisterClassResolverInitiator;
import org.hibernate.persister.internal.StandardPersisterClassResolver;
import org.hibernate.persister.spi.PersisterClassResolver;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableMutationStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's standard persisters, for soft-deletable entities and collections of them, with one change: when
 * SQL is generated they render the session's filters as {@link VisibilityFilters#effective} says, which adds
 * {@code deleted_at is null} while no visibility scope is open. Everything else is Hibernate's.
 *
 * <p>Installed as Hibernate's {@link PersisterClassResolver} by {@link Contributor} (a {@code ServiceContributor}
 * found through {@code META-INF/services}); an entity or collection gets ormkit's persister exactly when
 * {@link SoftDeleteIntegrator} gave it the live filter.
 */
public final class SoftDeletePersisters extends StandardPersisterClassResolver {

    private static final long serialVersionUID = 1L;

    @Override
    public Class<? extends EntityPersister> getEntityPersisterClass(PersistentClass entity) {
        Class<? extends EntityPersister> standard = super.getEntityPersisterClass(entity);
        if (!hasLiveFilter(entity.getRootClass().getFilters())) {
            return standard;
        }
        return standard == JoinedSubclassEntityPersister.class ? Joined.class
                : standard == UnionSubclassEntityPersister.class ? Union.class : SingleTable.class;
    }

    @Override
    public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection collection) {
        if (collection.isOneToMany() && hasLiveFilter(collection.getFilters())) {
            return OneToMany.class;
        }
        if (!collection.isOneToMany() && hasLiveFilter(collection.getManyToManyFilters())) {
            return ManyToMany.class;
        }
        if (!collection.isOneToMany() && SoftDeleteIntegrator.softDeletable(collection.getOwner())) {
            return CollectionTable.class;
        }
        return super.getCollectionPersisterClass(collection);
    }

    private static boolean hasLiveFilter(List<FilterConfiguration> filters) {
        return filters.stream().anyMatch(filter -> filter.getName().equals(VisibilityFilters.LIVE));
    }

    /** Registers the resolver; refuses to replace a resolver the application configured. */
    public static final class Contributor implements ServiceContributor {

        @Override
        public void contribute(StandardServiceRegistryBuilder registry) {
            registry.addInitiator(new StandardServiceInitiator<PersisterClassResolver>() {
                @Override
                public Class<PersisterClassResolver> getServiceInitiated() {
                    return PersisterClassResolver.class;
                }

                @Override
                public PersisterClassResolver initiateService(Map<String, Object> settings,
                        ServiceRegistryImplementor services) {
                    Object custom = settings.get(PersisterClassResolverInitiator.IMPL_NAME);
                    if (custom != null) {
                        throw new OrmKitConfigurationException(PersisterClassResolverInitiator.IMPL_NAME + " is set to "
                                + custom + ", but ormkit-soft-delete installs its own persister resolver. Remove the "
                                + "setting, or remove ormkit-soft-delete from the class path.");
                    }
                    return new SoftDeletePersisters();
                }
            });
        }
    }

    /** SINGLE_TABLE hierarchies and entities without subclasses. */
    public static class SingleTable extends SingleTableEntityPersister {

        private static final long serialVersionUID = 1L;

        public SingleTable(PersistentClass entity, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(entity, cache, naturalIdCache, context);
        }

        @Override
        public void applyFilterRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
                Map<String, Filter> enabledFilters, boolean onlyLoadByKeyFilters, SqlAstCreationState state) {
            super.applyFilterRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), onlyLoadByKeyFilters, state);
        }

        @Override
        public @Nullable SqmMultiTableMutationStrategy getSqmMultiTableMutationStrategy() {
            return guarded(super.getSqmMultiTableMutationStrategy(), this);
        }
    }

    /** JOINED hierarchies. */
    public static class Joined extends JoinedSubclassEntityPersister {

        private static final long serialVersionUID = 1L;

        public Joined(PersistentClass entity, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(entity, cache, naturalIdCache, context);
        }

        @Override
        public void applyFilterRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
                Map<String, Filter> enabledFilters, boolean onlyLoadByKeyFilters, SqlAstCreationState state) {
            super.applyFilterRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), onlyLoadByKeyFilters, state);
        }

        @Override
        public @Nullable SqmMultiTableMutationStrategy getSqmMultiTableMutationStrategy() {
            return guarded(super.getSqmMultiTableMutationStrategy(), this);
        }
    }

    /** TABLE_PER_CLASS hierarchies. */
    public static class Union extends UnionSubclassEntityPersister {

        private static final long serialVersionUID = 1L;

        public Union(PersistentClass entity, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(entity, cache, naturalIdCache, context);
        }

        @Override
        public void applyFilterRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
                Map<String, Filter> enabledFilters, boolean onlyLoadByKeyFilters, SqlAstCreationState state) {
            super.applyFilterRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), onlyLoadByKeyFilters, state);
        }

        @Override
        public @Nullable SqmMultiTableMutationStrategy getSqmMultiTableMutationStrategy() {
            return guarded(super.getSqmMultiTableMutationStrategy(), this);
        }
    }

    private static @Nullable SqmMultiTableMutationStrategy guarded(@Nullable SqmMultiTableMutationStrategy hibernate,
            EntityPersister entity) {
        return hibernate == null ? null : new GuardedMutationStrategy(hibernate, entity);
    }

    /**
     * Whether a collection table's rows are left alone when its owner is deleted (as with ON DELETE CASCADE).
     * Hibernate deletes the join-table and element-collection rows of the owners a bulk delete matches before
     * running it; for a soft-deletable owner that statement is a soft delete, and those rows must stay. A purge
     * deletes them as Hibernate would.
     */
    private static boolean keepRows(boolean ownerSoftDeletable, boolean hibernate) {
        return hibernate || ownerSoftDeletable && !SoftDeleteState.purging();
    }

    /** One-to-many collections of soft-deletable entities. */
    public static class OneToMany extends OneToManyPersister {

        public OneToMany(Collection collection, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(collection, cache, context);
        }

        @Override
        public void applyFilterRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
                Map<String, Filter> enabledFilters, boolean onlyLoadByKeyFilters, SqlAstCreationState state) {
            super.applyFilterRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), onlyLoadByKeyFilters, state);
        }
    }

    /** Many-to-many collections (join table) of soft-deletable entities. */
    public static class ManyToMany extends BasicCollectionPersister {

        private final boolean ownerSoftDeletable;

        public ManyToMany(Collection collection, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(collection, cache, context);
            ownerSoftDeletable = SoftDeleteIntegrator.softDeletable(collection.getOwner());
        }

        @Override
        public boolean isCascadeDeleteEnabled() {
            return keepRows(ownerSoftDeletable, super.isCascadeDeleteEnabled());
        }

        @Override
        public void applyFilterRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
                Map<String, Filter> enabledFilters, boolean onlyLoadByKeyFilters, SqlAstCreationState state) {
            super.applyFilterRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), onlyLoadByKeyFilters, state);
        }

        @Override
        public void applyBaseManyToManyRestrictions(Consumer<Predicate> predicates, TableGroup tableGroup,
                boolean useQualifier, Map<String, Filter> enabledFilters, Set<String> treatAs,
                SqlAstCreationState state) {
            super.applyBaseManyToManyRestrictions(predicates, tableGroup, useQualifier,
                    VisibilityFilters.effective(enabledFilters), treatAs, state);
        }
    }

    /** Join tables and element collections of soft-deletable owners whose elements are not soft-deletable. */
    public static class CollectionTable extends BasicCollectionPersister {

        public CollectionTable(Collection collection, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(collection, cache, context);
        }

        @Override
        public boolean isCascadeDeleteEnabled() {
            return keepRows(true, super.isCascadeDeleteEnabled());
        }
    }
}
