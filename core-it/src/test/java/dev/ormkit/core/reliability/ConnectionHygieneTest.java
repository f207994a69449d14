package dev.ormkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.ConnectionLostException;
import dev.ormkit.core.DatabaseFailures;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.RetryPolicy;
import dev.ormkit.core.SessionHygiene;
import dev.ormkit.core.TransactionConflictException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Session state, lock and idle guards, and pool limits of the pool ormkit owns, on real PostgreSQL. */
@PostgresTest(entities = Item.class)
class ConnectionHygieneTest {

    private static TestDatabase database;

    @BeforeAll
    static void start(TestDatabase db, OrmKit schema) { // the injected OrmKit creates the schema
        database = db;
    }

    private static OrmKitBuilder owned() {
        return OrmKit.builder().jdbcUrl(database.jdbcUrl()).username(database.username())
                .password(database.password()).entities(Item.class).maximumPoolSize(1);
    }

    private static String show(OrmKit orm, String setting) {
        return orm.fromTransaction(session -> session.createNativeQuery("show " + setting, String.class)
                .getSingleResult());
    }

    private static void run(OrmKit orm, String sql) {
        orm.inTransaction(session -> session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }));
    }

    @Test
    void settingsAnApplicationChangedDoNotReachTheNextBorrower() {
        try (OrmKit orm = owned().build()) {
            assertThat(show(orm, "statement_timeout")).isEqualTo("1min");
            assertThat(show(orm, "lock_timeout")).isEqualTo("30s");
            assertThat(show(orm, "idle_in_transaction_session_timeout")).isEqualTo("1min");
            java.util.Map<String, Integer> leaked = new java.util.TreeMap<>();
            // Advisory locks are counted in this test's own database: other builds share the server.
            for (int i = 0; i < 50; i++) {
                run(orm, "set statement_timeout = 0; set lock_timeout = 0; set search_path = pg_catalog; "
                        + "set idle_in_transaction_session_timeout = 0; set time zone 'Asia/Tokyo'; "
                        + "create temp table scratch_" + i + " (x int); select pg_advisory_lock(" + (1000 + i) + ")");
                leaked.merge("statement_timeout", show(orm, "statement_timeout").equals("1min") ? 0 : 1, Integer::sum);
                leaked.merge("lock_timeout", show(orm, "lock_timeout").equals("30s") ? 0 : 1, Integer::sum);
                leaked.merge("search_path", show(orm, "search_path").equals("\"$user\", public") ? 0 : 1,
                        Integer::sum);
                leaked.merge("TimeZone", show(orm, "TimeZone").equals("UTC") ? 0 : 1, Integer::sum);
                leaked.merge("advisory lock", advisoryLocksHeld() == 0 ? 0 : 1, Integer::sum);
            }
            int leaks = leaked.values().stream().mapToInt(Integer::intValue).sum();
            long temp = orm.fromTransaction(session -> session.createNativeQuery(
                    "select count(*) from pg_class where relpersistence = 't' and relname like 'scratch_%'", Long.class)
                    .getSingleResult());
            assertThat(leaks).as("session-state leaks in 250 checks: %s", leaked).isZero();
            assertThat(temp).isZero();
        }
    }

    @Test
    void withoutTheResetTheSameSettingLeaks() {
        try (OrmKit orm = owned().resetSessionOnReturn(false).build()) {
            run(orm, "set statement_timeout = 0");
            assertThat(show(orm, "statement_timeout")).isEqualTo("0");
        }
    }

    @Test
    void anApplicationOwnedPoolGetsTheSameHygieneThroughSessionHygiene() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(1);
        config.addDataSourceProperty("options", SessionHygiene.startupOptions(Duration.ofSeconds(50),
                Duration.ofSeconds(7), Duration.ofSeconds(40)));
        try (HikariDataSource pool = new HikariDataSource(config);
                OrmKit orm = OrmKit.builder().dataSource(SessionHygiene.resettingOnReturn(pool)).entities(Item.class)
                        .build()) {
            run(orm, "set statement_timeout = 0; set lock_timeout = 0; select pg_advisory_lock(7)");
            assertThat(show(orm, "statement_timeout")).isEqualTo("50s");
            assertThat(show(orm, "lock_timeout")).isEqualTo("7s");
            assertThat(show(orm, "idle_in_transaction_session_timeout")).isEqualTo("40s");
            assertThat(advisoryLocksHeld()).isZero();
        }
    }

    /** Whether the server still runs the backend with this process id. */
    private static boolean backendAlive(int pid) {
        return count("select count(*) from pg_stat_activity where pid = ?", pid) > 0;
    }

    private static long advisoryLocksHeld() {
        return count("select count(*) from pg_locks where locktype = 'advisory' "
                + "and database = (select oid from pg_database where datname = current_database())");
    }

    /** A count read on a connection of the test database's own pool, outside ormkit. */
    private static long count(String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Test
    void aFlushBlockedByARowLockEndsAtTheLockTimeoutAsARetryableConflict() throws SQLException {
        try (OrmKit orm = owned().lockTimeout(Duration.ofSeconds(1)).build()) {
            UUID id = orm.fromTransaction(session -> {
                Item item = new Item(5, "locked");
                session.persist(item);
                return item.getId();
            });
            try (Connection other = database.dataSource().getConnection()) {
                other.setAutoCommit(false);
                try (Statement lock = other.createStatement()) {
                    lock.execute("select * from item where id = '" + id + "' for update");
                }
                long started = System.nanoTime();
                assertThatThrownBy(() -> orm.inTransaction(RetryPolicy.attempts(2),
                        session -> session.find(Item.class, id).setLabel("changed")))
                        .isInstanceOf(TransactionConflictException.class)
                        .hasMessageContaining("55P03")
                        .satisfies(e -> assertThat(((TransactionConflictException) e).isRetryable()).isTrue());
                // two attempts, each stopped by lock_timeout after ~1 s
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900),
                        Duration.ofSeconds(6));
                other.rollback();
            }
            orm.inTransaction(session -> session.find(Item.class, id).setLabel("changed"));
        }
    }

    @Test
    void aLockingFindAndABulkImportWaitAtMostTheLockTimeout() throws SQLException {
        try (OrmKit orm = owned().lockTimeout(Duration.ofSeconds(1)).build()) {
            UUID id = orm.fromTransaction(session -> {
                Item item = new Item(6, "locked");
                session.persist(item);
                return item.getId();
            });
            try (Connection other = database.dataSource().getConnection()) {
                other.setAutoCommit(false);
                try (Statement lock = other.createStatement()) {
                    lock.execute("select * from item where id = '" + id + "' for update");
                    long started = System.nanoTime();
                    assertThatThrownBy(() -> orm.inTransaction(session ->
                            session.find(Item.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)))
                            .satisfies(e -> assertThat(DatabaseFailures.classify(e)).get()
                                    .isInstanceOf(TransactionConflictException.class));
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
                    lock.execute("lock table item in exclusive mode");
                    started = System.nanoTime();
                    assertThatThrownBy(() -> orm.inTransaction(session -> dev.ormkit.core.write.BulkImport.copy(
                            session, Item.class, java.util.List.of(new Item(6, "copied")))))
                            .satisfies(e -> assertThat(DatabaseFailures.classify(e)).get()
                                    .isInstanceOf(TransactionConflictException.class));
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
                }
                other.rollback();
            }
        }
    }

    @Test
    void aConnectionHeldPastTheLeakThresholdIsReportedWithWhereItWasBorrowed() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (OrmKit orm = owned().leakDetectionThreshold(Duration.ofSeconds(2)).build()) {
            System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
            try (Session leaky = orm.sessionFactory().openSession()) {
                leaky.beginTransaction();
                leaky.createNativeQuery("select 1", Integer.class).getSingleResult();
                await().atMost(Duration.ofSeconds(15)).until(() -> log.toString(
                        java.nio.charset.StandardCharsets.UTF_8).contains("Connection leak detection triggered"));
                leaky.getTransaction().rollback();
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Connection leak detection triggered")
                .contains("aConnectionHeldPastTheLeakThresholdIsReportedWithWhereItWasBorrowed");
    }

    @Test
    void aTransactionLeftIdleIsEndedByTheServerAndThePoolRecovers() {
        try (OrmKit orm = owned().idleInTransactionTimeout(Duration.ofMillis(500)).build()) {
            try (Session session = orm.sessionFactory().openSession()) {
                session.beginTransaction();
                int backend = session.createNativeQuery("select pg_backend_pid()", Integer.class).getSingleResult();
                await().atMost(Duration.ofSeconds(15)).until(() -> !backendAlive(backend));
                assertThatThrownBy(() -> session.createNativeQuery("select 2", Integer.class).getSingleResult())
                        .satisfies(e -> assertThat(DatabaseFailures.classify(e)).get()
                                .isInstanceOf(ConnectionLostException.class));
            } catch (RuntimeException closingADeadConnection) {
                // the rollback at close fails: the server already ended the session
            }
            assertThat(show(orm, "idle_in_transaction_session_timeout")).isEqualTo("500ms");
        }
    }

    @Test
    void anExhaustedPoolFailsWithinTheConnectionTimeoutAsAConnectionFailure() {
        try (OrmKit orm = owned().connectionTimeout(Duration.ofMillis(500)).build()) {
            try (Session holder = orm.sessionFactory().openSession()) {
                holder.beginTransaction();
                holder.createNativeQuery("select 1", Integer.class).getSingleResult();
                long started = System.nanoTime();
                AtomicInteger attempts = new AtomicInteger();
                assertThatThrownBy(() -> orm.inTransaction(RetryPolicy.attempts(2), session -> {
                    attempts.incrementAndGet();
                    session.createNativeQuery("select 1", Integer.class).getSingleResult();
                })).isInstanceOf(ConnectionLostException.class).hasMessageContaining("pool is exhausted");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
                holder.getTransaction().rollback();
            }
            assertThat(show(orm, "statement_timeout")).isEqualTo("1min");
        }
    }

    @Test
    void invalidPoolSettingsFailAtBuildNamingTheSetting() {
        assertThatThrownBy(() -> owned().connectionTimeout(Duration.ofMillis(100)).build())
                .isInstanceOf(OrmKitConfigurationException.class).hasMessageStartingWith("connectionTimeout is PT0.1S");
        assertThatThrownBy(() -> owned().leakDetectionThreshold(Duration.ofSeconds(1)).build())
                .isInstanceOf(OrmKitConfigurationException.class).hasMessageStartingWith("leakDetectionThreshold is");
        assertThatThrownBy(() -> owned().lockTimeout(Duration.ofNanos(1500)).build())
                .isInstanceOf(OrmKitConfigurationException.class).hasMessageStartingWith("lockTimeout is");
        assertThatThrownBy(() -> owned().minimumIdle(5).build())
                .isInstanceOf(OrmKitConfigurationException.class).hasMessageStartingWith("minimumIdle is 5");
        assertThatThrownBy(() -> OrmKit.builder().dataSource(database.dataSource()).entities(Item.class)
                .lockTimeout(Duration.ofSeconds(1)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("lockTimeout is set, but only apply to the pool ormkit owns");
    }
}
