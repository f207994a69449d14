package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.replica.internal.ReadOnlyTransactions;
import dev.ormkit.core.replica.internal.ReplicaConnectionProvider;
import dev.ormkit.core.replica.internal.ReplicaSet;
import dev.ormkit.core.replica.internal.ReplicaSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.jspecify.annotations.Nullable;

/** Validates an {@code OrmKitBuilder}'s settings and starts the pool and the session factory. */
public final class Bootstrap {

    /** What the builder collected, unvalidated. */
    public record Settings(@Nullable DataSource dataSource, @Nullable String jdbcUrl, @Nullable String username,
            @Nullable String password, List<Class<?>> entities, List<String> packages, Clock clock,
            Duration defaultQueryTimeout, @Nullable Duration statementTimeout, int maximumPoolSize,
            Map<String, Object> properties, PoolSettings pool, ReplicaSettings replicas) {

        /** Settings without read replicas. */
        public Settings(@Nullable DataSource dataSource, @Nullable String jdbcUrl, @Nullable String username,
                @Nullable String password, List<Class<?>> entities, List<String> packages, Clock clock,
                Duration defaultQueryTimeout, @Nullable Duration statementTimeout, int maximumPoolSize,
                Map<String, Object> properties, PoolSettings pool) {
            this(dataSource, jdbcUrl, username, password, entities, packages, clock, defaultQueryTimeout,
                    statementTimeout, maximumPoolSize, properties, pool, ReplicaSettings.none());
        }
    }

    /** A running ormkit: what {@code OrmKit} wraps. */
    public record Started(Settings settings, SessionFactory sessionFactory, DataSource dataSource,
            @Nullable AutoCloseable ownedPool, @Nullable ReplicaSet replicas) implements AutoCloseable {

        /** Runs units of work for {@code OrmKit.inTransaction}/{@code fromTransaction}. */
        public Transactions transactions() {
            return new Transactions(sessionFactory, dataSource, Duration.ofSeconds(30));
        }

        /** Runs read-only units of work for {@code OrmKit.fromReadOnlyTransaction}: on a replica when there are. */
        public ReadOnlyTransactions readOnlyTransactions() {
            return new ReadOnlyTransactions(sessionFactory, replicas);
        }

        @Override
        public void close() {
            try {
                if (sessionFactory.isOpen()) {
                    sessionFactory.close();
                }
            } finally {
                try {
                    if (replicas != null) {
                        replicas.close();
                    }
                } finally {
                    Pools.close(ownedPool);
                }
            }
        }
    }

    private Bootstrap() {}

    public static Started start(Settings settings) {
        checkTimeouts(settings);
        Set<Class<?>> entities = new LinkedHashSet<>(settings.entities());
        entities.addAll(EntityClasses.scan(settings.packages()));
        EntityClasses.check(entities, settings.packages());

        Duration statementTimeout = statementTimeout(settings);
        Pools.Pool pool = Pools.open(settings, statementTimeout);
        ReplicaSet replicas = null;
        try {
            Map<String, Object> properties = properties(settings, pool.dataSource());
            replicas = Pools.openReplicas(settings, statementTimeout, pool);
            if (replicas != null) {
                properties.remove("hibernate.connection.datasource");
                properties.put("hibernate.connection.provider_class", new ReplicaConnectionProvider(replicas));
            }
            HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("ormkit")
                    .managedClasses(List.copyOf(entities))
                    .properties(properties);
            SessionFactory sessionFactory = configuration.createEntityManagerFactory();
            return new Started(settings, sessionFactory, pool.dataSource(), pool.owned(), replicas);
        } catch (RuntimeException failure) {
            closeQuietly(replicas, failure);
            Pools.close(pool.owned());
            throw ConfigurationFailures.unwrap(failure);
        } catch (Error failure) {
            closeQuietly(replicas, failure);
            Pools.close(pool.owned());
            throw failure;
        }
    }

    private static void closeQuietly(@Nullable ReplicaSet replicas, Throwable failure) {
        try {
            if (replicas != null) {
                replicas.close();
            }
        } catch (RuntimeException closing) {
            failure.addSuppressed(closing);
        }
    }

    /** ormkit's defaults; the application's own properties override each of them. */
    static Map<String, Object> properties(Settings settings, DataSource dataSource) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hibernate.connection.datasource", dataSource);
        // 256: pgjdbc rewrites a batch into multi-row INSERTs of at most 128 rows, so two statements of one shape;
        // managed saveAll of 10,000 rows took 1.57× raw JDBC's time at 50 and 1.29× at 256 (paired, issue 22)
        properties.put("hibernate.jdbc.batch_size", 256);
        properties.put("hibernate.order_inserts", true);
        properties.put("hibernate.order_updates", true);
        properties.put("hibernate.jdbc.batch_versioned_data", true);
        properties.put("hibernate.default_batch_fetch_size", 50);
        properties.put("hibernate.query.fail_on_pagination_over_collection_fetch", true);
        properties.put("hibernate.jdbc.time_zone", "UTC");
        properties.put("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
        properties.put("hibernate.show_sql", false);
        // Hibernate logs each SQL error's message at WARN, and PostgreSQL quotes the offending value in some
        // (22P02 "invalid input syntax for type integer: ..."): off by default, the exception still carries it.
        properties.put("hibernate.jdbc.log.errors", false);
        properties.put("jakarta.persistence.query.timeout", settings.defaultQueryTimeout().toMillis());
        properties.put(OrmKitProperties.CLOCK, settings.clock());
        for (DefaultPropertiesContributor module : java.util.ServiceLoader.load(DefaultPropertiesContributor.class,
                Bootstrap.class.getClassLoader())) {
            properties.putAll(module.defaultProperties());
        }
        byte[] cursorSecret = new byte[32];
        new SecureRandom().nextBytes(cursorSecret);
        properties.put(OrmKitProperties.CURSOR_SECRET, cursorSecret);
        properties.putAll(settings.properties());
        for (SettingsCheck check : java.util.ServiceLoader.load(SettingsCheck.class, Bootstrap.class.getClassLoader())) {
            check.check(properties); // fails at build() on an invalid setting, e.g. the repository's
        }
        return properties;
    }

    private static void checkTimeouts(Settings settings) {
        Duration query = settings.defaultQueryTimeout();
        if (query.isNegative()) {
            throw new OrmKitConfigurationException("defaultQueryTimeout is " + query
                    + " but must not be negative. Use a positive duration such as Duration.ofSeconds(30), "
                    + "or Duration.ZERO for no timeout.");
        }
        if (query.toMillis() % 1000 != 0 || query.toNanos() % 1_000_000 != 0) {
            throw new OrmKitConfigurationException("defaultQueryTimeout is " + query
                    + " but must be whole seconds: JDBC query timeouts are in seconds and a fraction would be "
                    + "rounded up. Use Duration.ofSeconds(" + Math.max(1, (query.toMillis() + 999) / 1000)
                    + "); for millisecond precision on the server use statementTimeout.");
        }
        Duration statement = settings.statementTimeout();
        if (statement != null && statement.isNegative()) {
            throw new OrmKitConfigurationException("statementTimeout is " + statement
                    + " but must not be negative. Use a positive duration, or Duration.ZERO to turn the "
                    + "PostgreSQL statement_timeout backstop off.");
        }
        if (statement != null && !statement.isZero() && !query.isZero() && statement.compareTo(query) <= 0) {
            throw new OrmKitConfigurationException("statementTimeout (" + statement
                    + ") must be longer than defaultQueryTimeout (" + query + "): it is the server-side backstop "
                    + "for statements the query timeout does not cover. Raise statementTimeout or lower "
                    + "defaultQueryTimeout.");
        }
        if (settings.maximumPoolSize() < 1) {
            throw new OrmKitConfigurationException("maximumPoolSize is " + settings.maximumPoolSize()
                    + " but must be at least 1. The default is 10.");
        }
        settings.pool().check(settings.maximumPoolSize());
        String replicaProblem = settings.replicas().problem();
        if (replicaProblem != null) {
            throw new OrmKitConfigurationException(replicaProblem);
        }
    }

    private static Duration statementTimeout(Settings settings) {
        Duration explicit = settings.statementTimeout();
        return explicit != null ? explicit : settings.defaultQueryTimeout().multipliedBy(2);
    }
}
