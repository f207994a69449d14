package dev.ormkit.benchmarks.write;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * Inserting {@code rows} new rows in one transaction, each way a user might: raw JDBC batch (the peer: the
 * limit), ormkit's paths, plain Hibernate with generated ids, and Spring Data JPA's saveAll.
 */
@State(Scope.Benchmark)
@Peer("rawJdbcBatch")
public class InsertBenchmark {

    @Param("10000")
    public int rows;

    private TestDatabase database;
    private OrmKit orm;
    private SessionFactory plain;
    private List<Reading> readings;

    @Setup(Level.Trial)
    public void start() {
        database = BenchmarkDatabase.create("inserts");
        orm = OrmKit.builder().jdbcUrl(database.jdbcUrl()).username(database.username()).password(database.password())
                .entities(Reading.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
        // Plain Hibernate as its users configure it: batching on, the same pool settings as ormkit's.
        plain = new HibernatePersistenceConfiguration("plain")
                .managedClasses(PlainReadings.GeneratedUuid.class, PlainReadings.Sequenced.class, PlainReadings.AssignedId.class)
                .properties(Map.of("hibernate.connection.datasource", orm.dataSource(),
                        "hibernate.jdbc.batch_size", 50, "hibernate.order_inserts", true,
                        "jakarta.persistence.schema-generation.database.action", "create"))
                .createEntityManagerFactory();
    }

    /**
     * Every operation starts from empty tables: without this, each method would insert into a table its
     * predecessors (JMH runs them in alphabetical order) had grown by hundreds of thousands of rows.
     */
    @Setup(Level.Invocation)
    public void newEntities() {
        BenchmarkDatabase.execute(database, "truncate reading, reading_uuid4, reading_seq, reading_assigned");
        readings = new ArrayList<>(rows);
        Instant now = Instant.now();
        for (int i = 0; i < rows; i++) {
            readings.add(new Reading("sensor-" + (i % 100), i * 0.5, now, "a typical note of some length"));
        }
    }

    /** The ormkit instance, for probes. */
    public OrmKit orm() {
        return orm;
    }

    /** This operation's new entities, for probes. */
    public List<Reading> readings() {
        return readings;
    }

    @TearDown(Level.Trial)
    public void stop() {
        plain.close();
        orm.close();
        database.close();
    }

    @Benchmark
    public int rawJdbcBatch() throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = orm.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into reading "
                        + "(id, sensor, value, taken_at, note, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            connection.setAutoCommit(false);
            Timestamp stamp = Timestamp.from(now);
            for (int i = 0; i < rows; i++) {
                insert.setObject(1, UuidCreator.getTimeOrderedEpoch());
                insert.setString(2, "sensor-" + (i % 100));
                insert.setDouble(3, i * 0.5);
                insert.setTimestamp(4, stamp);
                insert.setString(5, "a typical note of some length");
                insert.setTimestamp(6, stamp);
                insert.setTimestamp(7, stamp);
                insert.addBatch();
                if ((i + 1) % 50 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
        return rows;
    }

    @Benchmark
    public int hibernatePersist() {
        orm.inTransaction(session -> readings.forEach(session::persist));
        return rows;
    }

    @Benchmark
    public int ormkitSaveAll() {
        orm.inTransaction(session -> new EntityRepository<>(Reading.class, () -> session).saveAll(readings));
        return rows;
    }

    @Benchmark
    public long ormkitBatchInsert() {
        return orm.fromTransaction(session -> BatchInsert.saveAll(session, readings));
    }

    @Benchmark
    public long ormkitBulkImportCopy() {
        return orm.fromTransaction(session -> BulkImport.copy(session, Reading.class, readings));
    }

    @Benchmark
    public int hibernateGeneratedUuidV4() {
        Instant now = Instant.now();
        plain.inTransaction(session -> {
            for (int i = 0; i < rows; i++) {
                session.persist(new PlainReadings.GeneratedUuid("sensor-" + (i % 100), i * 0.5, now, "note", now));
            }
        });
        return rows;
    }

    @Benchmark
    public int hibernateSequenceId() {
        Instant now = Instant.now();
        plain.inTransaction(session -> {
            for (int i = 0; i < rows; i++) {
                session.persist(new PlainReadings.Sequenced("sensor-" + (i % 100), i * 0.5, now, "note", now));
            }
        });
        return rows;
    }

    @Benchmark
    public int springDataSaveAll() {
        Instant now = Instant.now();
        List<PlainReadings.AssignedId> entities = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            entities.add(new PlainReadings.AssignedId(UuidCreator.getTimeOrderedEpoch(), "sensor-" + (i % 100), i * 0.5,
                    now, "note", now));
        }
        plain.inTransaction(session ->
                new SimpleJpaRepository<>(PlainReadings.AssignedId.class, session).saveAll(entities));
        return rows;
    }
}
