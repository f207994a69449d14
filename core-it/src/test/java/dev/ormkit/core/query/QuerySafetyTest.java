package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.QueryTimedOutException;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest
class QuerySafetyTest {

    private static final SqlCapture log = new SqlCapture();
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        // One connection: after a timeout, the next query must get the very same connection and work.
        orm = Clinic.start(database, log, builder -> builder.maximumPoolSize(1).maxListSize(100)
                .defaultQueryTimeout(Duration.ofSeconds(1)));
        Clinic.seed(database, 200_000, 50_000, 0, 0);
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    private static final QuerySpec<Owner> SLOW = QuerySpec.<Owner>where("pg_sleep(:seconds) is null")
            .bind("seconds", 5);

    @Test
    void aQueryPastTheDefaultTimeoutFailsWithinTheTimeoutPlusAMarginAndTheConnectionStaysUsable() {
        long started = System.nanoTime();
        try (Session session = orm.sessionFactory().openSession()) {
            Transaction transaction = session.beginTransaction();
            EntityRepository<Owner> owners = new EntityRepository<>(Owner.class, () -> session);
            assertThatThrownBy(() -> owners.exists(SLOW))
                    .isInstanceOf(QueryTimedOutException.class)
                    .hasMessageContaining("A query on Owner ran past its timeout of 1 s")
                    .hasRootCauseMessage("ERROR: canceling statement due to user request")
                    .cause().cause().isInstanceOf(org.hibernate.QueryTimeoutException.class);
            transaction.rollback();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(Duration.ofMillis(3000));
        long count = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session).count());
        assertThat(count).isEqualTo(200_000);
    }

    @Test
    void aQueryCanCarryItsOwnTimeout() {
        java.util.UUID id = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .list(QuerySpec.<Owner>all().limit(1)).get(0).getId());
        // pg_sleep runs once: the id condition selects one row through the primary key.
        QuerySpec<Owner> sleepsOnce = QuerySpec.<Owner>where("e.id = :id and pg_sleep(:seconds) is not null")
                .bind("id", id).bind("seconds", 1.5);
        assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .exists(sleepsOnce)))
                .isInstanceOf(QueryTimedOutException.class).hasMessageContaining("timeout of 1 s");
        long started = System.nanoTime();
        boolean found = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .exists(sleepsOnce.timeout(Duration.ofSeconds(3))));
        assertThat(found).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1400));
    }

    @Test
    void aNegativeOrFractionalTimeoutIsRejected() {
        assertThatThrownBy(() -> QuerySpec.all().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> QuerySpec.all().timeout(Duration.ofMillis(1500)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Duration.ofSeconds(2)");
    }

    @Test
    void aListPastTheCapFailsLoudlyInsteadOfLoadingTheTable() {
        log.clear();
        assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .list(QuerySpec.all())))
                .isInstanceOf(ResultCapExceededException.class)
                .hasMessageContaining("A list of Owner matched more than 100 rows (ormkit.max_list_size)");
        assertThat(log.log().statements().get(0).sql()).contains("fetch first ? rows only");
        int limited = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .list(QuerySpec.<Owner>all().limit(500)).size());
        assertThat(limited).isEqualTo(500);
    }

    @Test
    void valuesMustBeBoundNotWrittenIntoConditions() {
        assertThatThrownBy(() -> QuerySpec.where("e.name = 'Ada'"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("bind(\"name\", value)");
        assertThatThrownBy(() -> QuerySpec.where("e.name = :ormkit_k0").bind("ormkit_k0", "x"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("ormkit_");
    }

    /** The memory bound itself is asserted by {@link #streamingTwoHundredThousandRowsFitsInASmallHeap}. */
    @Test
    void streamingTwoHundredThousandRowsKeepsThePersistenceContextSmall() {
        AtomicInteger rows = new AtomicInteger();
        AtomicInteger largestContext = new AtomicInteger();
        orm.inTransaction(session -> {
            try (Stream<Owner> owners = new EntityRepository<>(Owner.class, () -> session)
                    .stream(QuerySpec.all(), 1000)) {
                owners.forEach(owner -> {
                    if (rows.incrementAndGet() % 10_000 == 0) {
                        largestContext.accumulateAndGet(session.getStatistics().getEntityCount(), Math::max);
                    }
                });
            }
        });
        assertThat(rows.get()).isEqualTo(200_000);
        assertThat(largestContext.get()).isLessThanOrEqualTo(1);
    }

    /** 200,000 owners take far more than 48 MiB as entities; streamed, the child JVM must finish within that heap. */
    @Test
    void streamingTwoHundredThousandRowsFitsInASmallHeap(TestDatabase database) throws Exception {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", SmallHeapStream.class.getName(),
                database.jdbcUrl(), database.username(), database.password()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).as("an OutOfMemoryError would end the child JVM with a non-zero status")
                .contains("streamed=200000");
    }

    @Test
    void streamingNeedsATransaction() {
        try (Session session = orm.sessionFactory().openSession()) {
            assertThatThrownBy(() -> new EntityRepository<>(Owner.class, () -> session).stream(QuerySpec.all()))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("needs an active transaction");
        }
    }
}
