package dev.ormkit.benchmarks.keys;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inserting a batch of rows into a table that already holds {@code existing} rows, keyed by random UUIDv4 or
 * by ormkit's monotonic UUIDv7. The gap grows with the table: v4 keys land all over the primary-key index.
 * {@link IndexSizeReport} measures the index sizes after 1M inserts.
 */
@State(Scope.Benchmark)
@Peer("randomV4")
public class UuidKeysBenchmark {

    @Param("1000000")
    public int existing;

    @Param("10000")
    public int batch;

    private TestDatabase database;

    @Setup(Level.Trial)
    public void create() {
        database = BenchmarkDatabase.create("uuid_keys");
        BenchmarkDatabase.execute(database,
                "create table k4 (id uuid primary key, payload text not null)",
                "create table k7 (id uuid primary key, payload text not null)");
        insert("k4", existing, UUID::randomUUID);
        insert("k7", existing, UuidCreator::getTimeOrderedEpoch);
        BenchmarkDatabase.execute(database, "vacuum analyze k4", "vacuum analyze k7");
    }

    @TearDown(Level.Trial)
    public void drop() {
        database.close();
    }

    @Benchmark
    public int randomV4() {
        return insert("k4", batch, UUID::randomUUID);
    }

    @Benchmark
    public int monotonicV7() {
        return insert("k7", batch, UuidCreator::getTimeOrderedEpoch);
    }

    int insert(String table, int count, Supplier<UUID> ids) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into " + table + " (id, payload) values (?, 'payload of a typical row')")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                insert.setObject(1, ids.get());
                insert.addBatch();
                if (i % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
