package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.BaseEntity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read replicas for Spring Boot: with {@code ormkit.replicas.urls} set (either as a list or comma-separated), Boot's {@code dataSource} bean becomes
 * a {@link LazyConnectionDataSourceProxy} whose read-only connections ({@code @Transactional(readOnly = true)})
 * come from ormkit's replica routing in core, and all others from the primary. See {@link ReplicaRouting}.
 */
@AutoConfiguration
@ConditionalOnClass({BaseEntity.class, LazyConnectionDataSourceProxy.class})
public class ReplicaAutoConfiguration {

    /** Static: a post-processor is created before the other beans. */
    @Bean
    static ReplicaRouting ormkitReplicaRouting(Environment environment) {
        return new ReplicaRouting(environment);
    }
}
