package dev.ormkit.benchmarks.write;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.IntStream;

/**
 * Saves one million entities through each fast path, each in one transaction, from a lazily generated
 * stream. Run it with a small heap to show memory stays flat:
 * {@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.main=dev.ormkit.benchmarks.write.FlatMemoryCheck
 * -Dbenchmark.heap=-Xmx64m}.
 */
public final class FlatMemoryCheck {

    private FlatMemoryCheck() {}

    /** Entry point; optional argument: the row count (default 1,000,000; other arguments are ignored). */
    public static void main(String[] args) throws SQLException {
        int rows = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 1_000_000;
        String server = System.getProperty("ormkit.bench.server", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists ormkit_flat");
            statement.execute("create database ormkit_flat");
        }
        try (OrmKit orm = OrmKit.builder().jdbcUrl(server + "ormkit_flat").username("postgres").password("")
                .entities(BenchBook.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build()) {
            long start = System.nanoTime();
            long inserted = orm.fromTransaction(session ->
                    BatchInsert.saveAll(session, IntStream.range(0, rows).mapToObj(BenchBook::new)));
            report("BatchInsert.saveAll", inserted, start);
            start = System.nanoTime();
            long copied = orm.fromTransaction(session ->
                    BulkImport.copy(session, BenchBook.class, IntStream.range(0, rows).mapToObj(BenchBook::new)));
            report("BulkImport.copy", copied, start);
        }
    }

    private static void report(String path, long rows, long start) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s: %d rows in %.1f s; max heap %d MB, used now %d MB%n", path, rows,
                (System.nanoTime() - start) / 1e9, runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
