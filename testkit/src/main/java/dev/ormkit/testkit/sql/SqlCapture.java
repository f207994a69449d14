package dev.ormkit.testkit.sql;

import dev.ormkit.testkit.sql.internal.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every statement sent through a {@link DataSource}, at the JDBC driver, so batches and their sizes
 * are seen as PostgreSQL sees them. Thread-safe.
 *
 * <p>With {@link dev.ormkit.testkit.PostgresTest}, declare a {@code SqlCapture} parameter: the injected
 * {@code DataSource} and {@code OrmKit} already send their statements through it.
 *
 * <pre>{@code
 * @Test
 * void ownersPageTakesTwoSelects(OrmKit orm, SqlCapture sql) {
 *     SqlLog log = sql.record(() -> orm.inTransaction(session -> loadPage(session)));
 *     log.assertCount(StatementKind.SELECT, 2).assertNoNPlusOne();
 * }
 * }</pre>
 *
 * <p>Elsewhere, wrap a pool yourself: {@code SqlCapture capture = new SqlCapture(); DataSource ds =
 * capture.wrap(pool);}. Bound values are never recorded.
 *
 * <p>Besides executions it counts how many statements were prepared ({@link SqlLog#prepared()}), which shows
 * whether a batch of {@code n} rows reused one prepared statement or prepared {@code n}.
 */
public final class SqlCapture {

    private final List<CapturedStatement> statements = new ArrayList<>();
    private int prepared;

    /** A capture that records nothing until a {@link #wrap wrapped} data source is used. */
    public SqlCapture() {}

    /** A data source that sends everything through {@code dataSource} and records it here. */
    public DataSource wrap(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        return ProxyDataSourceBuilder.create(dataSource).name("ormkit-sql-capture")
                .afterQuery((execution, queries) -> {
                    synchronized (statements) {
                        queries.forEach(query -> statements.add(new CapturedStatement(
                                StatementKind.of(query.getQuery()), query.getQuery(), Shapes.of(query.getQuery()),
                                execution.isBatch() ? execution.getBatchSize() : 0)));
                    }
                })
                .afterMethod(call -> {
                    String method = call.getMethod().getName();
                    if (method.equals("prepareStatement") || method.equals("prepareCall")) {
                        synchronized (statements) {
                            prepared++;
                        }
                    }
                }).build();
    }

    /** Runs {@code work} and returns exactly the statements it sent (also from other threads meanwhile). */
    public SqlLog record(Runnable work) {
        int start;
        int preparedBefore;
        synchronized (statements) {
            start = statements.size();
            preparedBefore = prepared;
        }
        work.run();
        synchronized (statements) {
            return new SqlLog(statements.subList(start, statements.size()), prepared - preparedBefore);
        }
    }

    /** Everything recorded since the capture was made or last {@link #clear cleared}. */
    public SqlLog log() {
        synchronized (statements) {
            return new SqlLog(statements, prepared);
        }
    }

    /** Forgets what was recorded. */
    public void clear() {
        synchronized (statements) {
            statements.clear();
            prepared = 0;
        }
    }
}
