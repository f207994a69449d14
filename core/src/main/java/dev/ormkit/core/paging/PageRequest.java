package dev.ormkit.core.paging;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page to read, as in Jakarta Data's {@code PageRequest}: a size, and either a 1-based page number
 * (offset paging) or a cursor (keyset paging). Immutable; every {@code with…} method returns a copy.
 *
 * <pre>{@code
 * Page<Owner> third = owners.page(spec, PageRequest.ofSize(50).page(3).withTotal());
 * CursoredPage<Owner> first = owners.scroll(spec, PageRequest.ofSize(50));
 * CursoredPage<Owner> second = owners.scroll(spec, first.nextPageRequest().orElseThrow());
 * }</pre>
 *
 * <p>Unlike Jakarta Data, a request does not ask for the total by default: counting costs a second query,
 * so ask with {@link #withTotal()}. The size must be at least 1; the repository also rejects sizes above
 * its configured maximum ({@code ormkit.max_page_size}, default 1000).
 */
public final class PageRequest {

    /** Which side of the cursor a keyset request reads. */
    public enum Direction {
        /** Rows after the cursor (the next page). */
        NEXT,
        /** Rows before the cursor (the previous page). */
        PREVIOUS
    }

    private final long page;
    private final int size;
    private final boolean requestTotal;
    private final @Nullable String cursor;
    private final Direction direction;

    private PageRequest(long page, int size, boolean requestTotal, @Nullable String cursor, Direction direction) {
        if (size < 1) {
            throw new InvalidPageRequestException("Page size is " + size + " but must be at least 1. Ask for a "
                    + "positive size such as PageRequest.ofSize(50).");
        }
        if (page < 1) {
            throw new InvalidPageRequestException("Page number is " + page + " but pages are numbered from 1.");
        }
        this.page = page;
        this.size = size;
        this.requestTotal = requestTotal;
        this.cursor = cursor;
        this.direction = direction;
    }

    /** The first page of {@code size} rows, without total. */
    public static PageRequest ofSize(int size) {
        return new PageRequest(1, size, false, null, Direction.NEXT);
    }

    /** The same request for the given 1-based page number (offset paging). */
    public PageRequest page(long pageNumber) {
        return new PageRequest(pageNumber, size, requestTotal, null, Direction.NEXT);
    }

    /** The same request, also asking for the total number of rows (one count query, skipped when not needed). */
    public PageRequest withTotal() {
        return new PageRequest(page, size, true, cursor, direction);
    }

    /** The rows after the row the cursor points at (keyset paging). */
    public PageRequest afterCursor(String cursor) {
        return new PageRequest(1, size, requestTotal, Objects.requireNonNull(cursor, "cursor must not be null"),
                Direction.NEXT);
    }

    /** The rows before the row the cursor points at (keyset paging, going back). */
    public PageRequest beforeCursor(String cursor) {
        return new PageRequest(1, size, requestTotal, Objects.requireNonNull(cursor, "cursor must not be null"),
                Direction.PREVIOUS);
    }

    /** The 1-based page number; always 1 for cursor requests. */
    public long page() {
        return page;
    }

    /** The maximum number of rows on the page; at least 1. */
    public int size() {
        return size;
    }

    /** Whether the total number of rows was asked for. */
    public boolean requestTotal() {
        return requestTotal;
    }

    /** The cursor of a keyset request, if any. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** Whether a keyset request reads after or before its cursor. */
    public Direction direction() {
        return direction;
    }

    @Override
    public String toString() {
        return "PageRequest[size=" + size + (cursor != null ? ", " + direction + " cursor" : ", page=" + page)
                + (requestTotal ? ", with total" : "") + "]";
    }
}
