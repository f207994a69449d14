package dev.ormkit.core;

import dev.ormkit.core.internal.Bootstrap;
import dev.ormkit.core.internal.PoolSettings;
import dev.ormkit.core.replica.internal.ReplicaSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Collects the configuration of an {@link OrmKit}; {@link #build()} validates it and starts everything.
 * Obtain one from {@link OrmKit#builder()}.
 *
 * <h2>Essentials</h2>
 * Where the database is: {@link #jdbcUrl}, {@link #username}, {@link #password} (ormkit then owns a HikariCP
 * pool), or {@link #dataSource} (the application owns the pool). Which entities: {@link #entities} and/or
 * {@link #packages}.
 *
 * <h2>Frequently used</h2>
 * {@link #clock} for timestamps (default {@link Clock#systemUTC()}), {@link #defaultQueryTimeout} (default
 * 30 seconds), {@link #statementTimeout} (the server-side backstop, default twice the query timeout),
 * {@link #maximumPoolSize} (default 10). Safety nets of the pool ormkit owns: {@link #lockTimeout} (default the
 * query timeout), {@link #idleInTransactionTimeout} (60 s), {@link #connectionTimeout} (10 s),
 * {@link #leakDetectionThreshold} (60 s), {@link #resetSessionOnReturn} (on). Repositories: {@link #strictFetch} (default off), {@link #maxPageSize}
 * (default 1000), {@link #maxListSize} (default 10000), {@link #cursorSecret} (default random per instance).
 *
 * <h2>Infrequently used</h2>
 * {@link #maxLifetime}, {@link #minimumIdle}. Read replicas: {@link #replicas}, {@link #replicaMaxLag} (2 s),
 * {@link #replicaCheckInterval} (250 ms). {@link #property} passes any Hibernate or Jakarta Persistence property;
 * it overrides ormkit's defaults.
 *
 * <p>A builder is not thread-safe; build it on one thread. Every setter returns {@code this}.
 */
public final class OrmKitBuilder {

    /** The default query timeout: 30 seconds. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** The default maximum size of the HikariCP pool ormkit owns: 10 connections. */
    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;

    /** How long a request waits for a free connection of the pool ormkit owns by default: 10 seconds. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = PoolSettings.DEFAULT_CONNECTION_TIMEOUT;

    /** After how long a borrowed connection is reported as a possible leak by default: 60 seconds. */
    public static final Duration DEFAULT_LEAK_DETECTION_THRESHOLD = PoolSettings.DEFAULT_LEAK_DETECTION_THRESHOLD;

    /** The default longest life of a pooled connection: 30 minutes (HikariCP's default). */
    public static final Duration DEFAULT_MAX_LIFETIME = PoolSettings.DEFAULT_MAX_LIFETIME;

    /** The default PostgreSQL {@code idle_in_transaction_session_timeout}: 60 seconds. */
    public static final Duration DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT = PoolSettings.DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT;

    private @Nullable DataSource dataSource;
    private @Nullable String jdbcUrl;
    private @Nullable String username;
    private @Nullable String password;
    private final Set<Class<?>> entities = new LinkedHashSet<>();
    private final List<String> packages = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration defaultQueryTimeout = DEFAULT_QUERY_TIMEOUT;
    private @Nullable Duration statementTimeout;
    private int maximumPoolSize = DEFAULT_MAXIMUM_POOL_SIZE;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private @Nullable Duration connectionTimeout;
    private @Nullable Duration leakDetectionThreshold;
    private @Nullable Duration maxLifetime;
    private @Nullable Integer minimumIdle;
    private @Nullable Duration lockTimeout;
    private @Nullable Duration idleInTransactionTimeout;
    private @Nullable Boolean resetSessionOnReturn;
    private final List<dev.ormkit.core.observe.OrmKitListener> listeners = new ArrayList<>();
    private final List<String> replicas = new ArrayList<>();
    private Duration replicaMaxLag = ReplicaSettings.DEFAULT_MAX_LAG;
    private Duration replicaCheckInterval = ReplicaSettings.DEFAULT_CHECK_INTERVAL;

    OrmKitBuilder() {}

    /**
     * Uses a connection pool the application owns. ormkit neither configures nor closes it, so the
     * {@link #statementTimeout} backstop and pgjdbc settings are the application's to set.
     */
    public OrmKitBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        return this;
    }

    /** The PostgreSQL JDBC URL, for example {@code jdbc:postgresql://localhost:5432/clinic}; ormkit owns the pool. */
    public OrmKitBuilder jdbcUrl(String jdbcUrl) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
        return this;
    }

    /** The database user for {@link #jdbcUrl}. */
    public OrmKitBuilder username(String username) {
        this.username = Objects.requireNonNull(username, "username must not be null");
        return this;
    }

    /** The password for {@link #jdbcUrl}; never logged nor put in an exception message. */
    public OrmKitBuilder password(String password) {
        this.password = Objects.requireNonNull(password, "password must not be null");
        return this;
    }

    /** Adds entity classes; each must be annotated {@code @Entity} and extend {@link BaseEntity}. */
    public OrmKitBuilder entities(Class<?>... entities) {
        return entities(Arrays.asList(entities));
    }

    /** Adds entity classes; each must be annotated {@code @Entity} and extend {@link BaseEntity}. */
    public OrmKitBuilder entities(Collection<? extends Class<?>> entities) {
        for (Class<?> entity : entities) {
            this.entities.add(Objects.requireNonNull(entity, "entity classes must not be null"));
        }
        return this;
    }

    /** Adds every {@code @Entity} class found in these packages and their sub-packages. */
    public OrmKitBuilder packages(String... packageNames) {
        for (String name : packageNames) {
            packages.add(Objects.requireNonNull(name, "package names must not be null"));
        }
        return this;
    }

    /** The clock {@code createdAt}, {@code updatedAt} and other ormkit timestamps come from. */
    public OrmKitBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return this;
    }

    /**
     * The timeout of every query, unless a query sets its own; whole seconds, because JDBC query timeouts
     * are in seconds. {@link Duration#ZERO} means no timeout. Default 30 seconds.
     */
    public OrmKitBuilder defaultQueryTimeout(Duration timeout) {
        this.defaultQueryTimeout = Objects.requireNonNull(timeout, "defaultQueryTimeout must not be null");
        return this;
    }

    /**
     * PostgreSQL's {@code statement_timeout} for the connections of the pool ormkit owns: the backstop for
     * statements no query timeout covers (flushes, native JDBC use). Millisecond precision; must exceed
     * {@link #defaultQueryTimeout}. {@link Duration#ZERO} turns it off. Default twice the query timeout.
     */
    public OrmKitBuilder statementTimeout(Duration timeout) {
        this.statementTimeout = Objects.requireNonNull(timeout, "statementTimeout must not be null");
        return this;
    }

    /** The maximum number of connections in the pool ormkit owns. Default 10. */
    public OrmKitBuilder maximumPoolSize(int size) {
        this.maximumPoolSize = size;
        return this;
    }

    /**
     * How long a request waits for a free connection of the pool ormkit owns before failing (HikariCP's
     * {@code connectionTimeout}); at least 250 ms. Default 10 seconds.
     */
    public OrmKitBuilder connectionTimeout(Duration timeout) {
        this.connectionTimeout = Objects.requireNonNull(timeout, "connectionTimeout must not be null");
        return this;
    }

    /**
     * After how long a connection not yet returned to the pool ormkit owns is logged by HikariCP as a possible
     * leak, with the stack trace of where it was borrowed (a warning; the connection is not taken away). At
     * least 2 seconds and shorter than {@link #maxLifetime}; {@link Duration#ZERO} turns it off. Default 60 s.
     */
    public OrmKitBuilder leakDetectionThreshold(Duration threshold) {
        this.leakDetectionThreshold = Objects.requireNonNull(threshold, "leakDetectionThreshold must not be null");
        return this;
    }

    /**
     * The longest a connection of the pool ormkit owns lives before it is replaced (HikariCP's
     * {@code maxLifetime}); at least 30 seconds, or {@link Duration#ZERO} for no limit. Default 30 minutes.
     */
    public OrmKitBuilder maxLifetime(Duration lifetime) {
        this.maxLifetime = Objects.requireNonNull(lifetime, "maxLifetime must not be null");
        return this;
    }

    /** The fewest idle connections the pool ormkit owns keeps; 0 to {@link #maximumPoolSize}. Default: the maximum. */
    public OrmKitBuilder minimumIdle(int connections) {
        this.minimumIdle = connections;
        return this;
    }

    /**
     * PostgreSQL's {@code lock_timeout} for the connections of the pool ormkit owns: how long any statement
     * (a query, a flush's UPDATE, a locking find, {@code BatchInsert}, {@code BulkImport}, plain JDBC) waits for
     * a row or table lock before failing with SQLState 55P03, which ormkit reports as a retryable
     * {@link TransactionConflictException}. Whole milliseconds; {@link Duration#ZERO} turns it off. Default:
     * the {@link #defaultQueryTimeout}.
     */
    public OrmKitBuilder lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout, "lockTimeout must not be null");
        return this;
    }

    /**
     * PostgreSQL's {@code idle_in_transaction_session_timeout} for the connections of the pool ormkit owns:
     * a session that holds a transaction open without running a statement for longer is ended by the server,
     * releasing its locks and its connection (the application then sees a {@link ConnectionLostException}).
     * Whole milliseconds; {@link Duration#ZERO} turns it off. Default 60 seconds.
     */
    public OrmKitBuilder idleInTransactionTimeout(Duration timeout) {
        this.idleInTransactionTimeout = Objects.requireNonNull(timeout, "idleInTransactionTimeout must not be null");
        return this;
    }

    /**
     * Whether a connection of the pool ormkit owns is reset when it goes back to the pool: settings the
     * application changed with {@code SET} return to ormkit's, and its session advisory locks, temporary
     * tables, held cursors and LISTENs are dropped (one round trip per return; prepared statements are kept).
     * Default {@code true}; see docs/operations.md.
     */
    public OrmKitBuilder resetSessionOnReturn(boolean reset) {
        this.resetSessionOnReturn = reset;
        return this;
    }

    /**
     * PostgreSQL streaming replicas of the primary, as JDBC URLs of the same database, reached with the same
     * {@link #username}/{@link #password}. Read-only units of work ({@link OrmKit#fromReadOnlyTransaction}, and
     * any session opened with Hibernate's {@code readOnly(true)}) then read from a replica that is up, lags by no
     * more than {@link #replicaMaxLag} and has replayed the current thread's last write; everything else, and
     * every read when no replica qualifies, goes to the primary. Each replica gets its own pool, sized and set up
     * like the primary's. See docs/scaling.md.
     *
     * <pre>{@code
     * OrmKit.builder().jdbcUrl("jdbc:postgresql://db-primary:5432/clinic")
     *         .replicas("jdbc:postgresql://db-replica-1:5432/clinic", "jdbc:postgresql://db-replica-2:5432/clinic")
     * }</pre>
     */
    public OrmKitBuilder replicas(String... jdbcUrls) {
        for (String url : jdbcUrls) {
            replicas.add(Objects.requireNonNull(url, "replica URLs must not be null"));
        }
        return this;
    }

    /**
     * How far a replica may lag behind the primary and still serve reads: a replica is skipped while commits
     * older than this are not visible on it, and used again once it catches up. Measured by comparing WAL
     * positions every {@link #replicaCheckInterval}, so known to within that interval. Default 2 seconds; must
     * be longer than the check interval.
     */
    public OrmKitBuilder replicaMaxLag(Duration maxLag) {
        this.replicaMaxLag = Objects.requireNonNull(maxLag, "replicaMaxLag must not be null");
        return this;
    }

    /**
     * How often each replica's replay position is compared with the primary's (one small query on each, on a
     * background thread; reads never wait for it). Default 250 ms, at least 10 ms.
     */
    public OrmKitBuilder replicaCheckInterval(Duration interval) {
        this.replicaCheckInterval = Objects.requireNonNull(interval, "replicaCheckInterval must not be null");
        return this;
    }

    /**
     * Sets a Hibernate or Jakarta Persistence property, overriding ormkit's default for it, for example
     * {@code property("hibernate.jdbc.batch_size", 100)}.
     */
    public OrmKitBuilder property(String name, Object value) {
        properties.put(Objects.requireNonNull(name, "property name must not be null"),
                Objects.requireNonNull(value, () -> "value of property " + name + " must not be null"));
        return this;
    }

    /** Sets several Hibernate or Jakarta Persistence properties; see {@link #property}. */
    public OrmKitBuilder properties(Map<String, ?> properties) {
        properties.forEach(this::property);
        return this;
    }

    /**
     * Strict fetch mode for every session: a lazy load that no fetch plan named throws
     * {@code LazyLoadOutsidePlanException}. Default off; a unit of work can switch it with
     * {@code StrictFetch.enable/disable}. Same as the property {@value OrmKitProperties#STRICT_FETCH}:
     * {@code true} is {@link #fetchDiscipline fetchDiscipline(STRICT)}, {@code false} is {@code OFF}.
     */
    public OrmKitBuilder strictFetch(boolean enabled) {
        return property(OrmKitProperties.STRICT_FETCH, enabled);
    }

    /**
     * What a lazy load that no fetch plan named does in every session: throw ({@code STRICT}), run and be reported
     * ({@code REPORT}, for production: a listener event and a rate-limited WARN line naming the code location and
     * the plan path that avoids it, plus N+1 reports), or nothing ({@code OFF}, the default). Same as the property
     * {@value OrmKitProperties#FETCH_DISCIPLINE}; {@link #strictFetch strictFetch(true)} is {@code STRICT}.
     */
    public OrmKitBuilder fetchDiscipline(dev.ormkit.core.FetchDiscipline discipline) {
        return property(OrmKitProperties.FETCH_DISCIPLINE,
                Objects.requireNonNull(discipline, "fetchDiscipline must not be null"));
    }

    /**
     * How many executions of one SELECT shape in a session make an N+1 report; at least 2, or 0 for off. Default
     * 10 with {@code fetchDiscipline(REPORT)}, else off. Same as {@value OrmKitProperties#N_PLUS_ONE_THRESHOLD}.
     */
    public OrmKitBuilder nPlusOneThreshold(int executions) {
        return property(OrmKitProperties.N_PLUS_ONE_THRESHOLD, executions);
    }

    /**
     * Adds a listener for ormkit's events (lazy-load and N+1 reports, repository operations, soft deletes, bulk
     * imports), for example {@code OrmKitMicrometer.listener(registry)}. Same as {@value OrmKitProperties#LISTENERS}.
     */
    public OrmKitBuilder listener(dev.ormkit.core.observe.OrmKitListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        listeners.add(listener);
        return property(OrmKitProperties.LISTENERS, List.copyOf(listeners));
    }

    /** The largest page size repositories accept, at least 1. Default 1000. */
    public OrmKitBuilder maxPageSize(int rows) {
        return property(OrmKitProperties.MAX_PAGE_SIZE, rows);
    }

    /** The most rows a repository list without page or limit may return, at least 1. Default 10000. */
    public OrmKitBuilder maxListSize(int rows) {
        return property(OrmKitProperties.MAX_LIST_SIZE, rows);
    }

    /**
     * The secret keyset cursors are signed with: at least 32 random bytes, the same on every instance of the
     * application. Default: random per {@code OrmKit}, so cursors do not survive a restart.
     */
    public OrmKitBuilder cursorSecret(byte[] secret) {
        return property(OrmKitProperties.CURSOR_SECRET,
                Objects.requireNonNull(secret, "cursorSecret must not be null").clone());
    }

    /**
     * Validates the configuration, starts the pool (when ormkit owns it) and the session factory.
     *
     * @throws OrmKitConfigurationException naming the setting at fault and the fix: no entities, a class that
     *     is not an ormkit entity, a negative or fractional timeout, no or two data sources, an unreachable
     *     database (host and port in the message, never the password), and the checks ormkit and its modules
     *     make while Hibernate starts (thrown as they are, not wrapped in Hibernate's
     *     {@code PersistenceException}). Mapping mistakes Hibernate itself finds stay Hibernate's exceptions.
     */
    public OrmKit build() {
        return new OrmKit(Bootstrap.start(new Bootstrap.Settings(dataSource, jdbcUrl, username, password, List.copyOf(entities),
                List.copyOf(packages), clock, defaultQueryTimeout, statementTimeout, maximumPoolSize,
                Map.copyOf(properties), new PoolSettings(connectionTimeout, leakDetectionThreshold, maxLifetime,
                minimumIdle, lockTimeout, idleInTransactionTimeout, resetSessionOnReturn),
                new ReplicaSettings(replicas, replicaMaxLag, replicaCheckInterval))));
    }
}
