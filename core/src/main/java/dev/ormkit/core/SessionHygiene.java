package dev.ormkit.core;

import dev.ormkit.core.internal.SessionReset;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * ormkit's connection hygiene for a pool the application owns (Spring Boot's, a container's, one passed to
 * {@link OrmKitBuilder#dataSource}); the pool ormkit owns has it already.
 *
 * <pre>{@code
 * HikariConfig config = new HikariConfig();
 * config.setJdbcUrl("jdbc:postgresql://localhost:5432/clinic");
 * config.addDataSourceProperty("options", SessionHygiene.startupOptions(
 *         Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(1)));
 * DataSource dataSource = SessionHygiene.resettingOnReturn(new HikariDataSource(config));
 * OrmKit orm = OrmKit.builder().dataSource(dataSource).entities(Owner.class).build();
 * }</pre>
 */
public final class SessionHygiene {

    /**
     * The statements run when a connection goes back to the pool: {@code RESET ALL}, {@code SET SESSION
     * AUTHORIZATION DEFAULT}, {@code CLOSE ALL}, {@code UNLISTEN *}, {@code pg_advisory_unlock_all()},
     * {@code DISCARD TEMP}, then the time zone back to UTC. Prepared statements are kept.
     */
    public static final String RESET_SQL = SessionReset.SQL;

    private SessionHygiene() {}

    /**
     * Wraps {@code pool} so that every connection runs {@link #RESET_SQL} when it is closed (given back), and
     * is evicted from the pool if that fails. Settings an application changed with {@code SET} go back to the
     * connection's start-up values, which is why the timeouts belong in {@link #startupOptions}.
     */
    public static DataSource resettingOnReturn(DataSource pool) {
        return SessionReset.wrap(Objects.requireNonNull(pool, "pool must not be null"));
    }

    /**
     * The pgjdbc {@code options} property that starts each session with these timeouts, for example
     * {@code -c statement_timeout=60000 -c lock_timeout=30000 -c idle_in_transaction_session_timeout=60000};
     * each in whole milliseconds, {@link Duration#ZERO} for none. In Spring Boot:
     * {@code spring.datasource.hikari.data-source-properties.options=<this value>}.
     */
    public static String startupOptions(Duration statementTimeout, Duration lockTimeout,
            Duration idleInTransactionTimeout) {
        return "-c statement_timeout=" + statementTimeout.toMillis() + " -c lock_timeout=" + lockTimeout.toMillis()
                + " -c idle_in_transaction_session_timeout=" + idleInTransactionTimeout.toMillis();
    }
}
