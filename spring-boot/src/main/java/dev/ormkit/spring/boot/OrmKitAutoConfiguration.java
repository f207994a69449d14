package dev.ormkit.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.core.BaseEntity;
import dev.ormkit.spring.boot.internal.AuditDefaults;
import dev.ormkit.spring.boot.internal.BootSettings;
import dev.ormkit.spring.boot.internal.HibernateDefaults;
import dev.ormkit.spring.boot.internal.HibernateVersion;
import dev.ormkit.spring.boot.internal.PoolDefaults;
import dev.ormkit.spring.boot.internal.SpringSecurityAuditor;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * ormkit's defaults on Spring Boot's own beans, with no code in the application: the Hibernate properties
 * {@code OrmKit.builder()} sets (through a {@link HibernatePropertiesCustomizer}), the PostgreSQL session settings
 * and reset on every HikariCP pool (through a bean post-processor), the application's {@link Clock} bean for
 * timestamps, and with ormkit-audit its {@link AuditorProvider} bean or the Spring Security user as the actor.
 * Soft delete needs nothing here: the module installs itself in every Hibernate bootstrap.
 *
 * <p>Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports};
 * settings in {@link OrmKitSpringProperties}. Each bean backs off when the application defines one of the same
 * type.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class})
@ConditionalOnClass({BaseEntity.class, HibernatePropertiesCustomizer.class})
@EnableConfigurationProperties(OrmKitSpringProperties.class)
public class OrmKitAutoConfiguration {

    /** ormkit's Hibernate defaults; {@code spring.jpa.properties.*} entries for the same names win. */
    @Bean
    @ConditionalOnMissingBean
    HibernateDefaults ormkitHibernateDefaults(OrmKitSpringProperties properties, ObjectProvider<Clock> clock) {
        HibernateVersion.check();
        return new HibernateDefaults(BootSettings.from(properties), clock.getIfUnique());
    }

    /** Session settings, time zone and reset for every HikariCP pool on PostgreSQL. */
    @Bean
    @ConditionalOnClass(HikariDataSource.class)
    @ConditionalOnMissingBean
    static PoolDefaults ormkitPoolDefaults(Environment environment) {
        return new PoolDefaults(environment);
    }

    /** The actor of audit columns and the change log, when ormkit-audit is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AuditorProvider.class)
    static class Audit {

        private static final String SECURITY = "org.springframework.security.core.context.SecurityContextHolder";

        @Bean
        @ConditionalOnMissingBean
        AuditDefaults ormkitAuditDefaults(OrmKitSpringProperties properties,
                ObjectProvider<AuditorProvider> auditorProvider, ResourceLoader resourceLoader) {
            boolean security = ClassUtils.isPresent(SECURITY, resourceLoader.getClassLoader());
            return new AuditDefaults(auditorProvider, security ? new SpringSecurityAuditor() : null,
                    BootSettings.from(properties).systemActor());
        }
    }
}
