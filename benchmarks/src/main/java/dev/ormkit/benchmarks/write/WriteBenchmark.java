package dev.ormkit.benchmarks.write;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inserts {@value #ROWS} new rows per operation, in one transaction, through each path into the same table
 * of the same database. The table is emptied before each iteration. Every path builds the same entity
 * objects, so object construction (and its UUIDv7) is in every figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

    static final int ROWS = 10_000;
    private static final String INSERT = "insert into bench_book (id, created_at, updated_at, version, title, price,"
            + " pages, kind, published) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private OrmKit orm;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        String server = System.getProperty("ormkit.bench.server", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("ormkit.bench.user", "postgres");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists ormkit_bench");
            statement.execute("create database ormkit_bench");
        }
        orm = OrmKit.builder().jdbcUrl(server + "ormkit_bench").username(user).password("")
                .entities(BenchBook.class)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .build();
    }

    @Setup(Level.Iteration)
    public void empty() {
        orm.inTransaction(session -> session.createNativeMutationQuery("truncate bench_book").executeUpdate());
    }

    @TearDown(Level.Trial)
    public void stop() {
        orm.close();
    }

    /** Raw JDBC, batches of 50 (the baseline of the ratios), {@code reWriteBatchedInserts=true}. */
    @Benchmark
    public int jdbcBatch50() throws SQLException {
        return jdbc(50);
    }

    /** Raw JDBC, batches of 200. */
    @Benchmark
    public int jdbcBatch200() throws SQLException {
        return jdbc(200);
    }

    /** Plain Hibernate: {@code persist} each entity, ormkit's defaults (batch 50, ordered inserts). */
    @Benchmark
    public int hibernatePersist() {
        orm.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                session.persist(new BenchBook(i));
            }
        });
        return ROWS;
    }

    /** ormkit {@link BatchInsert#saveAll}. */
    @Benchmark
    public long ormkitBatchInsert() {
        return orm.fromTransaction(session -> BatchInsert.saveAll(session, books()));
    }

    /** ormkit {@link BulkImport#copy}. */
    @Benchmark
    public long ormkitCopy() {
        return orm.fromTransaction(session -> BulkImport.copy(session, BenchBook.class, books()));
    }

    private static List<BenchBook> books() {
        List<BenchBook> books = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            books.add(new BenchBook(i));
        }
        return books;
    }

    private int jdbc(int batchSize) throws SQLException {
        try (Connection connection = orm.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
                for (int i = 0; i < ROWS; i++) {
                    BenchBook book = new BenchBook(i);
                    insert.setObject(1, book.getId());
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setLong(4, 0L);
                    insert.setString(5, book.title());
                    insert.setBigDecimal(6, book.price());
                    insert.setInt(7, book.pages());
                    BenchBook.Kind kind = book.kind();
                    if (kind == null) {
                        insert.setNull(8, Types.VARCHAR);
                    } else {
                        insert.setString(8, kind.name());
                    }
                    insert.setObject(9, book.published());
                    insert.addBatch();
                    if ((i + 1) % batchSize == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        return ROWS;
    }
}
