package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL refused a row because it broke a constraint (SQLState class 23: unique, foreign key, not null,
 * check, exclusion). The message and {@link #constraint()} name the constraint and table, never the values;
 * the cause is a value-free copy of the driver's exception. Not retryable: the same data fails again.
 */
public class ConstraintViolatedException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** The violated constraint's name, when PostgreSQL reported it. */
    private final @Nullable String constraint;
    /** The table of the violated constraint, when PostgreSQL reported it. */
    private final @Nullable String table;

    /** A violated constraint; the transaction did not commit. */
    public ConstraintViolatedException(String message, @Nullable Throwable cause, @Nullable String sqlState,
            @Nullable String constraint, @Nullable String table) {
        super(message, cause, sqlState, false);
        this.constraint = constraint;
        this.table = table;
    }

    /** The constraint's name, for example {@code owner_email_key}, or {@code null} when PostgreSQL named none. */
    public @Nullable String constraint() {
        return constraint;
    }

    /** The table, or {@code null} when PostgreSQL named none. */
    public @Nullable String table() {
        return table;
    }
}
