package dev.ormkit.core.tenant.internal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Sets {@code hibernate.tenant_identifier_resolver} to {@link ScopedTenantResolver} in every service registry
 * Hibernate builds with ormkit-core on the class path ({@code OrmKit.builder()}, {@code persistence.xml},
 * {@code HibernatePersistenceConfiguration}, Spring Boot), unless the application configured a resolver itself.
 * For an application without {@code @TenantId} entities the resolver returns null and changes nothing.
 */
public final class TenantSettings implements ServiceContributor {

    static final String RESOLVER = MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER;

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        Object configured = registry.getSettings().get(RESOLVER);
        if (configured == null || configured.toString().isBlank()) {
            registry.applySetting(RESOLVER, ScopedTenantResolver.class.getName());
        }
    }
}
