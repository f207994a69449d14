package dev.ormkit.spring.boot.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.SessionHygiene;
import dev.ormkit.core.internal.Pools;
import dev.ormkit.core.replica.internal.ReplicaSet;
import dev.ormkit.core.replica.internal.ReplicaSettings;
import dev.ormkit.spring.boot.OrmKitSpringProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Wraps Boot's {@code dataSource} bean (after ormkit's pool defaults and session reset were applied to it) in
 * Spring's {@link LazyConnectionDataSourceProxy}: a transaction's connection is fetched at its first statement,
 * after {@code JpaTransactionManager} marked it read-only for {@code @Transactional(readOnly = true)}, so the
 * proxy can take it from the read-only data source — ormkit's {@link ReplicaSet}, with its lag bound,
 * read-your-writes and down-replica fallback — and every other one from the primary. Spring's
 * {@code LazyConnectionDataSourceProxy#setReadOnlyDataSource} (Spring Framework 6.1) is the framework's own hook
 * for this; Spring Boot itself declines replica routing (spring-boot#8189).
 *
 * <p>Each replica gets a HikariCP pool set up like Boot's (same size, user and password, ormkit's session
 * settings and reset on return).
 */
public final class ReplicaRouting implements BeanPostProcessor, Ordered, DisposableBean {

    private final Environment environment;
    private final List<ReplicaSet> started = new ArrayList<>();
    private final List<HikariDataSource> primaries = new ArrayList<>();

    ReplicaRouting(Environment environment) {
        this.environment = environment;
    }

    /** The replicas this routing started, or null when none are configured (or the context has no Hikari pool). */
    @Nullable ReplicaSet replicas() {
        return started.isEmpty() ? null : started.get(0);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after PoolDefaults wrapped the pool in its session reset
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!beanName.equals("dataSource") || !(bean instanceof DataSource primary)
                || bean instanceof LazyConnectionDataSourceProxy) {
            return bean;
        }
        HikariDataSource hikari = hikari(primary);
        if (hikari == null) {
            return bean;
        }
        ReplicaProperties properties = Binder.get(environment)
                .bind("ormkit.replicas", Bindable.of(ReplicaProperties.class)).orElseGet(ReplicaProperties::new);
        if (properties.getUrls().isEmpty()) {
            return bean;
        }
        ReplicaSettings settings = new ReplicaSettings(properties.getUrls(), properties.getMaxLag(),
                properties.getCheckInterval());
        String problem = settings.problem();
        if (problem != null) {
            throw new OrmKitConfigurationException("ormkit.replicas: " + problem);
        }
        BootSettings boot = BootSettings.from(Binder.get(environment)
                .bind("ormkit", Bindable.of(OrmKitSpringProperties.class)).orElseGet(OrmKitSpringProperties::new));
        List<AutoCloseable> owned = new ArrayList<>();
        List<ReplicaSet.Pool> pools = new ArrayList<>();
        for (int i = 0; i < settings.urls().size(); i++) {
            HikariDataSource pool = new HikariDataSource(replicaConfig(hikari, settings.urls().get(i), i + 1, boot));
            owned.add(pool);
            DataSource reads = boot.resetSessionOnReturn() ? SessionHygiene.resettingOnReturn(pool) : pool;
            pools.add(new ReplicaSet.Pool("replica " + (i + 1) + " (" + pool.getPoolName() + ")", reads, pool));
        }
        ReplicaSet replicas = ReplicaSet.start(primary, hikari, pools, settings, owned);
        started.add(replicas);
        primaries.add(hikari);
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(replicas.writeDataSource());
        routing.setReadOnlyDataSource(replicas.readDataSource());
        routing.setDefaultAutoCommit(true);
        routing.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return routing;
    }

    private static HikariConfig replicaConfig(HikariDataSource primary, String url, int number, BootSettings boot) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ormkit-replica-" + number);
        config.setJdbcUrl(url);
        config.setUsername(primary.getUsername());
        config.setPassword(primary.getPassword());
        // before Boot's pool started, unset sizes read -1: HikariCP's defaults then apply to both pools
        if (primary.getMaximumPoolSize() > 0) {
            config.setMaximumPoolSize(primary.getMaximumPoolSize());
        }
        if (primary.getMinimumIdle() >= 0) {
            config.setMinimumIdle(primary.getMinimumIdle());
        }
        // a replica that is down must not hold reads up: after a second they go to the primary
        config.setConnectionTimeout(Math.min(primary.getConnectionTimeout(), 1000));
        config.setLeakDetectionThreshold(primary.getLeakDetectionThreshold());
        config.setMaxLifetime(primary.getMaxLifetime());
        config.setInitializationFailTimeout(-1);
        config.setConnectionInitSql("set time zone 'UTC'");
        config.setDataSourceProperties(Pools.driverProperties(boot.statementTimeout(), boot.lockTimeout(),
                boot.idleInTransactionTimeout()));
        return config;
    }

    private static @Nullable HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException notAWrapper) {
            return null;
        }
    }

    /**
     * Closes the replicas' pools, and Boot's pool too: Spring infers the {@code close} destroy method from the
     * bean instance, which is now the proxy, which has none.
     */
    @Override
    public void destroy() {
        for (ReplicaSet replicas : started) {
            replicas.close();
        }
        primaries.forEach(HikariDataSource::close);
    }
}
