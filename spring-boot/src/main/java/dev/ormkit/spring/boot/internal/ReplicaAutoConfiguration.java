package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.BaseEntity;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read replicas for Spring Boot: with {@code ormkit.replicas.urls} set (either as a list or comma-separated), Boot's {@code dataSource} bean becomes
 * a {@link LazyConnectionDataSourceProxy} whose read-only connections ({@code @Transactional(readOnly = true)})
 * come from ormkit's replica routing in core, and all others from the primary. See {@link ReplicaRouting}.
 */
@AutoConfiguration
@ConditionalOnClass({BaseEntity.class, LazyConnectionDataSourceProxy.class, Advisor.class,
        TransactionSynchronizationManager.class})
public class ReplicaAutoConfiguration {

    /** Static: a post-processor is created before the other beans. */
    @Bean
    static ReplicaRouting ormkitReplicaRouting(Environment environment) {
        return new ReplicaRouting(environment);
    }

    /** Retries a read-only transaction on the primary when its replica failed under it. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor ormkitReadOnlyRetry(ReplicaRouting routing) {
        return ReadOnlyRetry.advisor(routing);
    }
}
