package dev.ormkit.core.write.internal;

import dev.ormkit.core.internal.ValueFreeSqlException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a failed COPY into a message that names table, constraint, column and row position but no value.
 * PostgreSQL's detail and context lines quote the row ("Failing row contains (...)", {@code column x: "..."}),
 * and so does pgjdbc's exception message, so neither is copied nor attached.
 */
final class CopyFailures {

    private static final Pattern LINE = Pattern.compile("COPY [^,]+, line (\\d+)");
    private static final Pattern COLUMN = Pattern.compile("COPY [^,]+, line \\d+, column ([^:]+):");

    private CopyFailures() {}

    static RuntimeException translate(SQLException e, String table, CopyPlan.Failure failure) {
        PSQLException psql = find(e);
        ServerErrorMessage server = psql == null ? null : psql.getServerErrorMessage();
        String state = e.getSQLState();
        long row = 0;
        StringBuilder message = new StringBuilder("Bulk import into table ").append(table).append(" failed");
        if (server != null) {
            state = server.getSQLState();
            String where = server.getWhere();
            Matcher line = where == null ? null : LINE.matcher(where);
            if (line != null && line.find()) {
                row = Long.parseLong(line.group(1));
                message.append(" at row ").append(row).append(" of the imported sequence (1-based)");
            }
            message.append(": ");
            if (state != null && state.startsWith("23") && server.getMessage() != null) {
                // Integrity violations: PostgreSQL's primary message names relation, column and constraint only.
                message.append(server.getMessage());
            } else {
                message.append("PostgreSQL rejected the data");
            }
            appendIfPresent(message, "constraint", server.getConstraint());
            Matcher column = where == null ? null : COLUMN.matcher(where);
            appendIfPresent(message, "column", server.getColumn() != null ? server.getColumn()
                    : column != null && column.find() ? column.group(1) : null);
        } else {
            message.append(": ").append(e.getClass().getSimpleName());
        }
        message.append(" (SQLSTATE ").append(state).append("). The whole import was rejected; roll the transaction"
                + " back. Row values are not shown, so that no data reaches the logs.");
        RuntimeException created = failure.create(message.toString(), table, state, row);
        // The cause: the driver's exception, or a value-free copy of it when its message could quote row values.
        boolean valueFree = state != null && (state.startsWith("08") || state.startsWith("57") || state.startsWith("40"));
        created.initCause(valueFree ? e : ValueFreeSqlException.of(e));
        return created;
    }

    private static void appendIfPresent(StringBuilder message, String label, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            message.append("; ").append(label).append(' ').append(value);
        }
    }

    private static @Nullable PSQLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p) {
                return p;
            }
        }
        return null;
    }
}
