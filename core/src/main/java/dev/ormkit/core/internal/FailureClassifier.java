package dev.ormkit.core.internal;

import dev.ormkit.core.ConnectionLostException;
import dev.ormkit.core.ConstraintViolatedException;
import dev.ormkit.core.DataRejectedException;
import dev.ormkit.core.DatabaseFailureException;
import dev.ormkit.core.OptimisticConflictException;
import dev.ormkit.core.QueryTimedOutException;
import dev.ormkit.core.TransactionConflictException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads the kind of a database failure from its cause chain; see {@code DatabaseFailures} for the table. */
public final class FailureClassifier {

    private static final int MAX_DEPTH = 64;

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("08000", "connection_exception"), Map.entry("08001", "unable to establish a connection"),
            Map.entry("08003", "connection does not exist"), Map.entry("08006", "connection failure"),
            Map.entry("57P01", "admin_shutdown: the server ended the session"),
            Map.entry("57P02", "crash_shutdown: the server crashed"),
            Map.entry("57P03", "cannot_connect_now: the server is starting or stopping"),
            Map.entry("25P03", "idle_in_transaction_session_timeout: the transaction sat idle too long"),
            Map.entry("40001", "serialization_failure"), Map.entry("40P01", "deadlock_detected"),
            Map.entry("55P03", "lock_not_available: lock_timeout expired or NOWAIT"),
            Map.entry("57014", "query_canceled"),
            Map.entry("23505", "unique_violation"), Map.entry("23503", "foreign_key_violation"),
            Map.entry("23502", "not_null_violation"), Map.entry("23514", "check_violation"),
            Map.entry("23P01", "exclusion_violation"), Map.entry("22P02", "invalid_text_representation"),
            Map.entry("22001", "string_data_right_truncation"), Map.entry("22003", "numeric_value_out_of_range"),
            Map.entry("22007", "invalid_datetime_format"), Map.entry("22008", "datetime_field_overflow"),
            Map.entry("22012", "division_by_zero"), Map.entry("22021", "character_not_in_repertoire"));

    private FailureClassifier() {}

    public static @Nullable DatabaseFailureException classify(Throwable failure) {
        SQLException sql = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof DatabaseFailureException known) {
                return known;
            }
            if (t instanceof org.hibernate.StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return new OptimisticConflictException("The row was changed or deleted by another transaction since "
                        + "it was read (its version no longer matches); nothing was written. Read it again and "
                        + "decide whether to apply the change.", t);
            }
            if (sql == null && t instanceof SQLException candidate
                    && (candidate.getSQLState() != null || candidate instanceof SQLTransientConnectionException)) {
                sql = candidate;
            }
        }
        return sql == null ? null : fromSql(failure, sql);
    }

    private static @Nullable DatabaseFailureException fromSql(Throwable failure, SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return new ConnectionLostException("No connection to PostgreSQL could be had in time (" + sql.getClass()
                    .getSimpleName() + "): the pool is exhausted or the server unreachable; nothing was written. "
                    + "Retryable; if it persists, look for connections not returned (leak warnings) or raise "
                    + "maximumPoolSize/connectionTimeout.", failure, null);
        }
        String meaning = " (SQLState " + state + (MEANINGS.containsKey(state) ? " " + MEANINGS.get(state) : "") + ")";
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("25P03")) {
            return new ConnectionLostException("The connection to PostgreSQL was lost" + meaning + " before the "
                    + "transaction committed; nothing of it was written. Retryable: run the unit of work again.",
                    failure, state);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new TransactionConflictException("The transaction lost a race with another one" + meaning
                    + " and was rolled back; nothing of it was written. Retryable: run the unit of work again.",
                    failure, state);
        }
        if (state.equals("57014")) {
            return new QueryTimedOutException("A statement ran past its timeout" + meaning
                    + " and PostgreSQL cancelled it; roll back. Narrow the statement, add an index, or raise the "
                    + "timeout.", failure);
        }
        if (state.startsWith("23")) {
            ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            String constraint = server == null ? null : server.getConstraint();
            String table = server == null ? null : server.getTable();
            return new ConstraintViolatedException("PostgreSQL refused a row" + meaning + ": it breaks "
                    + (constraint != null ? "constraint " + constraint : "a constraint")
                    + (table != null ? " on table " + table : "")
                    + (server != null && server.getColumn() != null ? ", column " + server.getColumn() : "")
                    + ". Values are not shown. Not retryable: fix the data.",
                    ValueFreeSqlException.of(sql), state, constraint, table);
        }
        if (state.startsWith("22")) {
            return new DataRejectedException("PostgreSQL refused a value" + meaning + ": it does not fit the type, "
                    + "length or range of its column or cast. Values are not shown. Not retryable: fix the value "
                    + "or validate it before it reaches the database.", ValueFreeSqlException.of(sql), state);
        }
        return null;
    }
}
