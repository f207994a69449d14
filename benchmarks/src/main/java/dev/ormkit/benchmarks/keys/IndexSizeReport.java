package dev.ormkit.benchmarks.keys;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Primary-key index size after inserting the same number of rows in batches keyed by UUIDv4, by ormkit's
 * monotonic UUIDv7, and by UUIDv7 that is not monotonic within a millisecond. Run by {@code Benchmarks}.
 */
public final class IndexSizeReport {

    private IndexSizeReport() {}

    public static String measure(int rows) {
        try (TestDatabase database = BenchmarkDatabase.create("index_size")) {
            StringBuilder report = new StringBuilder("| keys | rows | primary-key index |\n|---|---|---|\n");
            row(report, database, "UUIDv4 (random)", rows, UUID::randomUUID);
            row(report, database, "UUIDv7, monotonic (ormkit)", rows, UuidCreator::getTimeOrderedEpoch);
            row(report, database, "UUIDv7, random within a millisecond", rows, () -> UuidCreator.getTimeOrderedEpoch(java.time.Instant.now()));
            return report.toString();
        }
    }

    private static void row(StringBuilder report, TestDatabase database, String label, int rows, Supplier<UUID> ids) {
        BenchmarkDatabase.execute(database, "drop table if exists keys", "create table keys (id uuid primary key)");
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into keys (id) values (?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= rows; i++) {
                insert.setObject(1, ids.get());
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
            try (PreparedStatement size = connection.prepareStatement(
                    "select pg_relation_size('keys_pkey')"); ResultSet result = size.executeQuery()) {
                result.next();
                report.append(String.format(Locale.ROOT, "| %s | %,d | %.1f MB |%n", label, rows,
                        result.getLong(1) / 1_000_000.0));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
