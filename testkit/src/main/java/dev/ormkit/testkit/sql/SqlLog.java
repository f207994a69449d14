package dev.ormkit.testkit.sql;

import dev.ormkit.testkit.sql.internal.DeleteTargets;
import dev.ormkit.testkit.sql.internal.Shapes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements one block of code sent, with assertions whose failure messages list them all.
 *
 * <pre>{@code
 * log.assertCount(StatementKind.SELECT, 3)         // exactly
 *    .assertAtMost(StatementKind.UPDATE, 1)
 *    .assertNoNPlusOne();
 * capture.record(() -> cache.get(id)).assertNone();
 * }</pre>
 */
public final class SqlLog {

    /** Repetitions of one SELECT shape that {@link #assertNoNPlusOne()} reports: 3 and more. */
    public static final int DEFAULT_N_PLUS_ONE_THRESHOLD = 3;

    private final List<CapturedStatement> statements;
    private final int prepared;

    SqlLog(List<CapturedStatement> statements, int prepared) {
        this.statements = List.copyOf(statements);
        this.prepared = prepared;
    }

    /** The statements in the order they were sent. */
    public List<CapturedStatement> statements() {
        return statements;
    }

    /** How many executions of {@code kind} (a batch counts once). */
    public long count(StatementKind kind) {
        return statements.stream().filter(s -> s.kind() == kind).count();
    }

    /** How many executions were an {@code executeBatch}, of any kind. */
    public long batches() {
        return statements.stream().filter(CapturedStatement::batch).count();
    }

    /**
     * How many statements were prepared ({@code Connection.prepareStatement} or {@code prepareCall}). Hibernate
     * prepares once per batch, so saving 500 new rows in batches of 50 prepares 10 INSERTs: {@code prepared()} is
     * 10 and {@code count(INSERT)} is 10, each a batch of 50.
     */
    public int prepared() {
        return prepared;
    }

    /** Fails unless exactly {@code expected} statements were prepared; see {@link #prepared()}. */
    public SqlLog assertPrepared(int expected) {
        if (prepared != expected) {
            throw new AssertionError("Expected " + expected + " prepared statement(s) but " + prepared
                    + " were prepared." + listing());
        }
        return this;
    }

    /** Fails unless exactly {@code expected} executions of {@code kind} were sent. */
    public SqlLog assertCount(StatementKind kind, long expected) {
        long actual = count(kind);
        if (actual != expected) {
            throw new AssertionError("Expected " + expected + " " + kind + " statement(s) but " + actual
                    + " were sent." + listing());
        }
        return this;
    }

    /** Fails if more than {@code maximum} executions of {@code kind} were sent. */
    public SqlLog assertAtMost(StatementKind kind, long maximum) {
        long actual = count(kind);
        if (actual > maximum) {
            throw new AssertionError("Expected at most " + maximum + " " + kind + " statement(s) but " + actual
                    + " were sent." + listing());
        }
        return this;
    }

    /** Fails unless exactly {@code expected} statements of any kind were sent. */
    public SqlLog assertTotal(long expected) {
        if (statements.size() != expected) {
            throw new AssertionError("Expected " + expected + " statement(s) in all but " + statements.size()
                    + " were sent." + listing());
        }
        return this;
    }

    /** Fails if anything at all was sent. */
    public SqlLog assertNone() {
        if (!statements.isEmpty()) {
            throw new AssertionError("Expected no statement but " + statements.size() + " were sent." + listing());
        }
        return this;
    }

    /**
     * Fails if a DELETE from one of {@code tables} reached the driver — for example native SQL that hard-deletes
     * rows of a soft-deletable table, which ormkit cannot intercept. Table names compare without case, schema or
     * quotes. With ormkit-soft-delete, {@code SoftDeletes.tables(emf)} gives the tables of soft-deletable entities:
     * {@code capture.log().assertNoDeleteFrom(SoftDeletes.tables(emf));}
     */
    public SqlLog assertNoDeleteFrom(Collection<String> tables) {
        Set<String> guarded = tables.stream().map(DeleteTargets::tableName).collect(Collectors.toSet());
        List<CapturedStatement> hard = statements.stream().filter(s -> s.kind() == StatementKind.DELETE)
                .filter(s -> guarded.contains(DeleteTargets.of(s.shape()))).toList();
        if (!hard.isEmpty()) {
            throw new AssertionError(hard.size() + " DELETE statement(s) hard-deleted rows of " + guarded
                    + ": " + hard + ". Soft-delete them instead (em.remove(...), a JPQL delete, or "
                    + "SoftDeletes.deleteAll), or purge them with SoftDeletes.purge(...)." + listing());
        }
        return this;
    }

    /** Fails if a DELETE from one of {@code tables} reached the driver; see {@link #assertNoDeleteFrom(Collection)}. */
    public SqlLog assertNoDeleteFrom(String... tables) {
        return assertNoDeleteFrom(List.of(tables));
    }

    /** Fails if one SELECT shape ran {@value #DEFAULT_N_PLUS_ONE_THRESHOLD} times or more. */
    public SqlLog assertNoNPlusOne() {
        return assertNoNPlusOne(DEFAULT_N_PLUS_ONE_THRESHOLD);
    }

    /**
     * Fails if one SELECT shape ran {@code threshold} times or more: the N+1 pattern of a lazy association
     * loaded in a loop. The message gives the shape, the count and the likely association.
     */
    public SqlLog assertNoNPlusOne(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold must be at least 2, not " + threshold);
        }
        Map<String, Long> repeated = statements.stream().filter(s -> s.kind() == StatementKind.SELECT)
                .collect(Collectors.groupingBy(CapturedStatement::shape, LinkedHashMap::new, Collectors.counting()));
        repeated.values().removeIf(count -> count < threshold);
        if (repeated.isEmpty()) {
            return this;
        }
        StringBuilder message = new StringBuilder("N+1 queries detected:");
        repeated.forEach((shape, count) -> message.append("\n  ").append(count).append("× ").append(shape)
                .append("\n      likely association: ").append(Shapes.likelyAssociation(shape))
                .append("\n      fix: load it with the query (a fetch plan, join fetch or entity graph), "
                        + "or batch it (hibernate.default_batch_fetch_size)"));
        throw new AssertionError(message + listing());
    }

    private String listing() {
        StringBuilder text = new StringBuilder("\nStatements sent (" + statements.size() + "):");
        int index = 1;
        for (CapturedStatement statement : statements) {
            text.append("\n  ").append(index++).append(". ").append(statement);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return Objects.toString(statements);
    }
}
