package dev.ormkit.core.paging;

import dev.ormkit.core.OrmKitException;

/**
 * Keyset paging cannot continue after a row because one of its sort keys cannot go into a cursor: the value is
 * {@code null}, or so long that the cursor would exceed the length ormkit accepts back. A condition of the data, not
 * of the request (that is {@link InvalidPageRequestException}): the same request works on rows without such a
 * value. The message names the entity, the property and the row's id, never the value.
 *
 * <pre>{@code
 * try {
 *     return books.scroll(spec.orderBy(Sort.asc("subtitle")), request);
 * } catch (UnencodableSortKeyException e) {
 *     return books.scroll(spec.and("e.subtitle is not null").orderBy(Sort.asc("subtitle")), request);
 * }
 * }</pre>
 */
public class UnencodableSortKeyException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A row keyset paging cannot continue after; the message names entity, property and id. */
    public UnencodableSortKeyException(String message) {
        super(message);
    }
}
