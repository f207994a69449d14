package dev.ormkit.testkit.sql;

/**
 * One execution that reached the driver: a statement, or one {@code executeBatch} of {@code batchSize} rows.
 *
 * @param kind what it does
 * @param sql the SQL as sent, with {@code ?} placeholders (bound values are not recorded)
 * @param shape the SQL normalised: lower case, single spaces, literals and IN-lists folded to {@code ?}
 * @param batchSize rows in the batch, or 0 for a single execution
 */
public record CapturedStatement(StatementKind kind, String sql, String shape, int batchSize) {

    /** Whether this was an {@code executeBatch}. */
    public boolean batch() {
        return batchSize > 0;
    }

    @Override
    public String toString() {
        return (batch() ? "[batch of " + batchSize + "] " : "") + sql;
    }
}
