package dev.ormkit.core.query;

import dev.ormkit.core.OrmKitException;

/**
 * A list query without page or explicit limit matched more rows than the repository's cap
 * ({@code ormkit.max_list_size}). ormkit fails instead of loading a whole table: page the query, stream it,
 * or set {@link QuerySpec#limit(int)} when a cut result is what you want.
 */
public class ResultCapExceededException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A list past the cap; the message names the entity, the cap and the fix. */
    public ResultCapExceededException(String message) {
        super(message);
    }
}
