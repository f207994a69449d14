package dev.ormkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ormkit.core.ConnectionLostException;
import dev.ormkit.core.ConstraintViolatedException;
import dev.ormkit.core.DataRejectedException;
import dev.ormkit.core.DatabaseFailureException;
import dev.ormkit.core.DatabaseFailures;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.RetryPolicy;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.core.write.BulkImportException;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each of ormkit's write and read paths loses its connection half way ({@code pg_terminate_backend} of the
 * test's own backend, from a second connection): the failure is classified the same whichever API raised it,
 * nothing of the transaction remains, and a retry lands exactly once.
 */
@PostgresTest(entities = Item.class)
class FaultInjectionTest {

    private static TestDatabase database;
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase db, OrmKit schema) {
        database = db;
        orm = OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username()).password(db.password())
                .entities(Item.class).maximumPoolSize(2).build();
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    private static int backendPid(Session session) {
        return session.createNativeQuery("select pg_backend_pid()", Integer.class).getSingleResult();
    }

    /** Ends the backend {@code pid} from another connection; only the test's own backends are ever named. */
    private static void terminate(int pid) {
        try (Connection admin = database.dataSource().getConnection();
                PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
            kill.setInt(1, pid);
            kill.execute();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static long rows(int grp) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from item where grp = ?")) {
            count.setInt(1, grp);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Optional<DatabaseFailureException> kind(Throwable failure) {
        return DatabaseFailures.classify(failure);
    }

    @Test
    void aTransactionWhoseConnectionIsKilledLeavesNothingAndARetryLandsOnce() {
        AtomicInteger runs = new AtomicInteger();
        orm.inTransaction(RetryPolicy.attempts(3), session -> {
            session.persist(new Item(1001, "first"));
            session.flush();
            if (runs.incrementAndGet() == 1) {
                terminate(backendPid(session));
            }
            session.persist(new Item(1001, "second"));
        });
        assertThat(runs).hasValue(2);
        assertThat(rows(1001)).isEqualTo(2);

        assertThatThrownBy(() -> orm.inTransaction(session -> {
            session.persist(new Item(1002, "lost"));
            session.flush();
            terminate(backendPid(session));
            session.createNativeQuery("select 1", Integer.class).getSingleResult();
        })).satisfies(e -> assertThat(kind(e)).get().isInstanceOf(ConnectionLostException.class)
                .extracting(DatabaseFailureException::isRetryable).isEqualTo(true));
        assertThat(rows(1002)).isZero();
    }

    @Test
    void aBatchInsertCutHalfWayLeavesNothing() {
        assertThatThrownBy(() -> orm.inTransaction(session -> {
            int pid = backendPid(session);
            Stream<Item> items = IntStream.range(0, 5000).mapToObj(i -> {
                if (i == 2500) {
                    terminate(pid);
                }
                return new Item(1003, "batch " + i);
            });
            BatchInsert.saveAll(session, items);
        })).satisfies(e -> assertThat(kind(e)).get().isInstanceOf(ConnectionLostException.class));
        assertThat(rows(1003)).isZero();
    }

    @Test
    void aBulkImportCutHalfWayLeavesNothingAndKeepsItsCause() {
        assertThatThrownBy(() -> orm.inTransaction(session -> {
            int pid = backendPid(session);
            Stream<Item> items = IntStream.range(0, 200_000).mapToObj(i -> {
                if (i == 100_000) {
                    terminate(pid);
                }
                return new Item(1004, "copy " + i);
            });
            BulkImport.copy(session, Item.class, items);
        })).isInstanceOf(BulkImportException.class)
                .satisfies(e -> {
                    assertThat(e.getCause()).isNotNull();
                    assertThat(kind(e)).get().isInstanceOf(ConnectionLostException.class);
                });
        assertThat(rows(1004)).isZero();
    }

    @Test
    void aStreamCutHalfWayFailsAsAConnectionFailure() {
        orm.inTransaction(session -> BulkImport.copy(session, Item.class,
                IntStream.range(0, 20_000).mapToObj(i -> new Item(1005, "row " + i))));
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> orm.inTransaction(session -> {
            int pid = backendPid(session);
            try (Stream<Item> items = new EntityRepository<>(Item.class, () -> session)
                    .stream(QuerySpec.<Item>where("e.grp = :g").bind("g", 1005), 100)) {
                items.forEach(item -> {
                    if (read.incrementAndGet() == 1000) {
                        terminate(pid);
                    }
                });
            }
        })).satisfies(e -> assertThat(kind(e)).get().isInstanceOf(ConnectionLostException.class));
        assertThat(read.get()).isBetween(1000, 19_999);
    }

    @Test
    void aValueTheServerCannotCastIsNotQuotedInOrmkitsException() {
        QuerySpec<Item> cast = QuerySpec.<Item>where("e.grp = cast(:v as Integer)").bind("v", "secret-4711");
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> orm.inTransaction(session -> new EntityRepository<>(Item.class, () -> session)
                    .count(cast)));
        } finally {
            System.setErr(stderr);
        }
        // Hibernate's own WARN log of SQL errors is off in an OrmKit built by the builder.
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("secret-4711");
        assertThat(thrown)
                .isInstanceOf(DataRejectedException.class)
                .hasMessageContaining("22P02")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("secret-4711");
                    }
                });
    }

    @Test
    void aUniqueViolationNamesTheConstraintNotTheValue() {
        Item item = new Item(1006, "unique");
        orm.inTransaction(session -> session.persist(item));
        assertThatThrownBy(() -> orm.inTransaction(RetryPolicy.attempts(3), session -> session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into item (id, grp, label, created_at, "
                    + "updated_at, version) values (?, 1006, 'dup', now(), now(), 0)")) {
                insert.setObject(1, item.getId());
                insert.execute();
            }
        }))).isInstanceOfSatisfying(ConstraintViolatedException.class, e -> {
            assertThat(e.constraint()).isEqualTo("item_pkey");
            assertThat(e.table()).isEqualTo("item");
            assertThat(e.isRetryable()).isFalse();
            assertThat(e).hasMessageContaining("item_pkey").hasMessageNotContaining(item.getId().toString());
            assertThat(e.getCause()).hasMessageNotContaining(item.getId().toString());
        });
    }

    @Test
    void aRetryPolicyDoesNotRepeatWorkThatCannotSucceed() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> orm.inTransaction(RetryPolicy.attempts(5).backoff(Duration.ZERO, Duration.ZERO),
                session -> {
                    runs.incrementAndGet();
                    new EntityRepository<>(Item.class, () -> session)
                            .count(QuerySpec.<Item>where("e.grp = cast(:v as Integer)").bind("v", "x"));
                })).isInstanceOf(DataRejectedException.class);
        assertThat(runs).hasValue(1);
    }
}
