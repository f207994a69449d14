package dev.ormkit.core.tenant.internal;

import dev.ormkit.core.internal.EntityNames;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.PersistentClass;

/**
 * Tells the factory's {@link ScopedTenantResolver} which entities are tenant-scoped, so that a session opened
 * with no tenant is refused with their names. Hibernate marks a {@code @TenantId} entity with its filter
 * {@value #TENANT_FILTER}.
 */
public final class TenantIntegrator implements org.hibernate.integrator.spi.Integrator {

    /** The name of the filter Hibernate's {@code TenantIdBinder} adds to every {@code @TenantId} entity. */
    public static final String TENANT_FILTER = "_tenantId";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        if (!(sessionFactory.getSessionFactoryOptions().getCurrentTenantIdentifierResolver()
                instanceof ScopedTenantResolver resolver)) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (tenantScoped(entity)) {
                Class<?> type = entity.getMappedClass();
                names.add(type == null ? entity.getEntityName() : EntityNames.of(type));
            }
        }
        names.sort(null);
        resolver.tenantScoped(names);
    }

    private static boolean tenantScoped(PersistentClass entity) {
        return entity.getFilters().stream().anyMatch(filter -> TENANT_FILTER.equals(filter.getName()));
    }
}
