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

        public ManyToMany(Collection collection, CollectionDataAccess cache, RuntimeModelCreationContext context) {
            super(collection, cache, context);
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
}
