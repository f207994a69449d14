package dev.ormkit.spring.boot.internal;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the application's own {@link CurrentTenantIdentifierResolver} bean in charge. Hibernate looks such a bean up
 * in Spring's container only when {@code hibernate.tenant_identifier_resolver} is not set, and ormkit-core sets it to
 * its scoped resolver ({@code Tenants.as}) whenever it is not; so the bean is put into the setting here, before ormkit's
 * default applies. Without such a bean, {@code Tenants.as} supplies the tenant, as under every other bootstrap.
 */
@AutoConfiguration
@ConditionalOnClass({CurrentTenantIdentifierResolver.class, HibernatePropertiesCustomizer.class})
public class TenantResolverDefaults {

    /** The application's resolver bean, when it has exactly one; {@code spring.jpa.properties} entries win. */
    @Bean
    HibernatePropertiesCustomizer ormkitTenantResolver(ObjectProvider<CurrentTenantIdentifierResolver<?>> resolvers) {
        return (Map<String, Object> properties) -> {
            CurrentTenantIdentifierResolver<?> resolver = resolvers.getIfUnique();
            if (resolver != null) {
                properties.putIfAbsent(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
            }
        };
    }
}
