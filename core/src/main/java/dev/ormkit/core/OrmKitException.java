package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception ormkit throws. Unchecked; each subtype is named for the condition, and each
 * message names the entity, property or setting at fault and how to fix it.
 */
public class OrmKitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what went wrong and how to fix it. */
    public OrmKitException(String message) {
        super(message);
    }

    /** An exception with a message and the exception that caused it. */
    public OrmKitException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
