package dev.ormkit.core;

/**
 * A string property holds text PostgreSQL cannot store: a lone UTF-16 surrogate (half of a pair, usually
 * left by cutting a string in the middle of an emoji or other supplementary character) or a NUL character.
 * pgjdbc would otherwise send {@code ?} in place of the surrogate and the row would hold different text than
 * the object, silently. Thrown before the INSERT or UPDATE (persist and flush, {@code BatchInsert},
 * {@code BulkImport}); the message names the entity, property and position, never the text.
 */
public class UnencodableTextException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused value; the message names entity, property and position. */
    public UnencodableTextException(String message) {
        super(message);
    }
}
