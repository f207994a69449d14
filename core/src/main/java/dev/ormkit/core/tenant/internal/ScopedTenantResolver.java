package dev.ormkit.core.tenant.internal;

import dev.ormkit.core.tenant.MissingTenantException;
import dev.ormkit.core.tenant.Tenants;
import java.util.List;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's current tenant: the tenant of the innermost {@link Tenants#as} block on the calling thread. One
 * instance per session factory; {@link TenantIntegrator} tells it which entities are tenant-scoped.
 *
 * <p>Without a tenant it returns null, as Hibernate expects of a resolver (it is asked when a session builder is
 * made, before {@code SessionBuilder.tenantIdentifier(...)} can set one). Hibernate 7.4 then refuses the session
 * with {@code HibernateException: SessionFactory configured for multi-tenancy, but no tenant identifier specified},
 * naming neither the entities nor the fix. It asks {@link #isRoot} with the session's final tenant while building the
 * session, before that check and before any connection is taken, so that is where ormkit refuses it with its own
 * message.
 */
public final class ScopedTenantResolver implements CurrentTenantIdentifierResolver<Object> {

    private volatile List<String> tenantScoped = List.of();

    /** Created by Hibernate from the {@code hibernate.tenant_identifier_resolver} setting. */
    public ScopedTenantResolver() {}

    void tenantScoped(List<String> entities) {
        this.tenantScoped = List.copyOf(entities);
    }

    @Override
    public @Nullable Object resolveCurrentTenantIdentifier() {
        return Tenants.current().orElse(null);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return !tenantScoped.isEmpty();
    }

    @Override
    public boolean isRoot(@Nullable Object tenantId) {
        if (tenantId == null && !tenantScoped.isEmpty()) {
            throw new MissingTenantException("A session was opened with no tenant, but " + describe(tenantScoped)
                    + " tenant-scoped (@TenantId): Hibernate cannot restrict queries or fill the tenant column "
                    + "without one. Open sessions inside Tenants.as(tenant, () -> ...) (for example in a web filter "
                    + "or around the job), or give the session one: sessionFactory.withOptions().tenantIdentifier(tenant)"
                    + ".openSession(), or the hint org.hibernate.tenantId on createEntityManager(...).");
        }
        return false;
    }

    private static String describe(List<String> entities) {
        int shown = Math.min(entities.size(), 5);
        String names = String.join(", ", entities.subList(0, shown))
                + (entities.size() > shown ? " and " + (entities.size() - shown) + " more" : "");
        return (entities.size() == 1 ? "entity " : "entities ") + names + (entities.size() == 1 ? " is" : " are");
    }
}
