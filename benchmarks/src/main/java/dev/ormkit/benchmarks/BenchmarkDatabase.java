package dev.ormkit.benchmarks;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh database per benchmark trial on the PostgreSQL the testkit finds (so benchmarks run anywhere). */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {}

    public static TestDatabase create(String prefix) {
        return PostgresServer.shared().createDatabase("bench_" + prefix);
    }

    public static void execute(TestDatabase database, String... statements) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark set-up failed: " + e.getMessage(), e);
        }
    }
}
