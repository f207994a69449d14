package dev.ormkit.core.internal;

import java.sql.SQLException;

/**
 * Stands in for a driver exception whose message may quote row or bound values ({@code invalid input syntax
 * for type integer: "…"}, {@code Key (email)=(…) already exists}): same SQLState, error code and stack trace,
 * a message without the values, and no cause.
 */
public final class ValueFreeSqlException extends SQLException {

    private static final long serialVersionUID = 1L;

    private ValueFreeSqlException(SQLException original) {
        super(original.getClass().getName() + " with SQLState " + original.getSQLState()
                + "; its message is withheld because it can contain values", original.getSQLState(),
                original.getErrorCode());
        setStackTrace(original.getStackTrace());
    }

    public static ValueFreeSqlException of(SQLException original) {
        return new ValueFreeSqlException(original);
    }
}
