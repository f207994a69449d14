package dev.ormkit.core.paging;

import dev.ormkit.core.OrmKitException;
import org.jspecify.annotations.Nullable;

/**
 * A cursor ormkit did not make, or made for another query: altered or forged (its signature does not match),
 * signed with another secret, made for another entity or sort order, or malformed. Such a cursor is rejected
 * before anything reaches the database. A client that sees this should start again from the first page.
 */
public class InvalidCursorException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A rejected cursor; the message says why, never the cursor's content. */
    public InvalidCursorException(String message) {
        super(message);
    }

    /** A rejected cursor with the exception that revealed it. */
    public InvalidCursorException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
