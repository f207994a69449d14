package dev.ormkit.core.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.SessionHygiene;
import dev.ormkit.core.replica.internal.ReplicaSet;
import dev.ormkit.core.replica.internal.ReplicaSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Opens the HikariCP pool ormkit owns, or checks the one the application passed. */
public final class Pools {

    record Pool(DataSource dataSource, @Nullable AutoCloseable owned) {}

    private Pools() {}

    static Pool open(Bootstrap.Settings settings, Duration statementTimeout) {
        DataSource given = settings.dataSource();
        String url = settings.jdbcUrl();
        if (given != null && url != null) {
            throw new OrmKitConfigurationException("Both dataSource and jdbcUrl are set. Pass one of them: "
                    + "dataSource when the application owns the pool, jdbcUrl (with username and password) "
                    + "when ormkit should own it.");
        }
        if (given != null) {
            List<String> ownedOnly = settings.pool().explicitlySet();
            if (!ownedOnly.isEmpty()) {
                throw new OrmKitConfigurationException(String.join(", ", ownedOnly) + (ownedOnly.size() == 1 ? " is" : " are")
                        + " set, but only apply to the pool ormkit owns (jdbcUrl). With dataSource(...) configure "
                        + "them on your own pool: see docs/operations.md, \"An application-owned DataSource\".");
            }
            checkReachable(given);
            return new Pool(given, null);
        }
        if (url == null) {
            throw new OrmKitConfigurationException("No database configured. Call jdbcUrl(\"jdbc:postgresql://"
                    + "host:5432/db\") with username(...) and password(...), or dataSource(...).");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new OrmKitConfigurationException("jdbcUrl must be a PostgreSQL URL starting with "
                    + "'jdbc:postgresql:', for example jdbc:postgresql://localhost:5432/clinic; got '"
                    + JdbcUrls.withoutSecrets(url) + "'.");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("ormkit");
        config.setJdbcUrl(url);
        if (settings.username() != null) {
            config.setUsername(settings.username());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        PoolSettings options = settings.pool();
        config.setMaximumPoolSize(settings.maximumPoolSize());
        if (options.minimumIdle() != null) {
            config.setMinimumIdle(options.minimumIdle());
        }
        config.setConnectionTimeout(options.connectionTimeoutOrDefault().toMillis());
        config.setLeakDetectionThreshold(options.leakDetectionOrDefault().toMillis());
        config.setMaxLifetime(options.maxLifetimeOrDefault().toMillis());
        config.setInitializationFailTimeout(1);
        // pgjdbc sends the JVM's zone as TimeZone at start-up, overriding "options": set it once per connection.
        config.setConnectionInitSql("set time zone 'UTC'");
        config.setDataSourceProperties(driverProperties(statementTimeout,
                options.lockTimeoutOrDefault(settings.defaultQueryTimeout()), options.idleInTransactionOrDefault()));
        try {
            HikariDataSource pool = new HikariDataSource(config);
            return new Pool(options.resetsSessionOnReturn() ? SessionReset.wrap(pool) : pool, pool);
        } catch (RuntimeException failure) {
            throw unreachable(JdbcUrls.describe(url), failure);
        }
    }

    /**
     * pgjdbc settings of the owned pool: multi-row batched inserts, the statement_timeout backstop, and no
     * bound values in server error details (they would reach exception messages and logs).
     */
    public static Properties driverProperties(Duration statementTimeout) {
        Properties properties = new Properties();
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        properties.setProperty("ApplicationName", "ormkit");
        return properties;
    }

    /**
     * The same, plus PostgreSQL's {@code lock_timeout} and {@code idle_in_transaction_session_timeout}. As
     * start-up options they are the session's own defaults, so {@code RESET ALL} (see {@link SessionReset})
     * brings them back after an application changed them.
     */
    public static Properties driverProperties(Duration statementTimeout, Duration lockTimeout,
            Duration idleInTransactionTimeout) {
        Properties properties = driverProperties(statementTimeout);
        properties.setProperty("options", SessionHygiene.startupOptions(statementTimeout, lockTimeout,
                idleInTransactionTimeout));
        return properties;
    }

    private static void checkReachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException failure) {
            throw unreachable("the database of the given DataSource (" + dataSource.getClass().getName() + ")",
                    failure);
        }
    }

    private static OrmKitConfigurationException unreachable(String where, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new OrmKitConfigurationException("Cannot connect to PostgreSQL at " + where + ": "
                + root.getMessage() + ". Check that the server is running and reachable from here, and that "
                + "the URL, user and password are right.", failure);
    }

    /**
     * The read replicas' pools, each set up like the primary's (the same session settings, the same reset on
     * return), or null when there are none. A replica that is down does not stop the start: its pool starts
     * empty and its checks find it later; a read waits at most a second for one of its connections.
     */
    static @Nullable ReplicaSet openReplicas(Bootstrap.Settings settings, Duration statementTimeout, Pool primary) {
        ReplicaSettings replicas = settings.replicas();
        if (!replicas.configured()) {
            return null;
        }
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            List<ReplicaSet.Pool> pools = new ArrayList<>();
            PoolSettings options = settings.pool();
            for (int i = 0; i < replicas.urls().size(); i++) {
                String url = replicas.urls().get(i);
                HikariConfig config = new HikariConfig();
                config.setPoolName("ormkit-replica-" + (i + 1));
                config.setJdbcUrl(url);
                if (settings.username() != null) {
                    config.setUsername(settings.username());
                }
                if (settings.password() != null) {
                    config.setPassword(settings.password());
                }
                config.setMaximumPoolSize(settings.maximumPoolSize());
                if (options.minimumIdle() != null) {
                    config.setMinimumIdle(options.minimumIdle());
                }
                config.setConnectionTimeout(Math.min(options.connectionTimeoutOrDefault().toMillis(), 1000));
                config.setLeakDetectionThreshold(options.leakDetectionOrDefault().toMillis());
                config.setMaxLifetime(options.maxLifetimeOrDefault().toMillis());
                config.setInitializationFailTimeout(-1);
                config.setConnectionInitSql("set time zone 'UTC'");
                config.setDataSourceProperties(driverProperties(statementTimeout,
                        options.lockTimeoutOrDefault(settings.defaultQueryTimeout()),
                        options.idleInTransactionOrDefault()));
                HikariDataSource pool = new HikariDataSource(config);
                owned.add(pool);
                pools.add(new ReplicaSet.Pool("replica " + (i + 1) + " at " + JdbcUrls.describe(url),
                        options.resetsSessionOnReturn() ? SessionReset.wrap(pool) : pool, pool));
            }
            DataSource checks = primary.owned() instanceof DataSource raw ? raw : primary.dataSource();
            return ReplicaSet.start(primary.dataSource(), checks, pools, replicas, owned);
        } catch (RuntimeException failure) {
            for (AutoCloseable pool : owned) {
                try {
                    pool.close();
                } catch (Exception closing) {
                    failure.addSuppressed(closing);
                }
            }
            throw failure;
        }
    }

    static void close(@Nullable AutoCloseable pool) {
        if (pool == null) {
            return;
        }
        try {
            pool.close();
        } catch (Exception failure) {
            throw new IllegalStateException("Closing the connection pool failed", failure);
        }
    }
}
