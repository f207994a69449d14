package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL refused a value (SQLState class 22: text that is not a number or date of the column's or cast's
 * type, a number out of range, a string too long for its column, division by zero). PostgreSQL's own message
 * quotes the value ({@code invalid input syntax for type integer: "…"}), so ormkit's message names only the
 * SQLState and its meaning, and the cause is a value-free copy of the driver's exception. Not retryable.
 */
public class DataRejectedException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A refused value; the transaction did not commit. */
    public DataRejectedException(String message, @Nullable Throwable cause, @Nullable String sqlState) {
        super(message, cause, sqlState, false);
    }
}
