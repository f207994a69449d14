package dev.ormkit.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged query, as in Jakarta Data's {@code CursoredPage}: its rows and opaque cursors
 * to the next and previous pages. Cursors are strings safe to hand to a client (URL-safe Base64); they are
 * signed, so a client can pass them back but not change or forge them.
 *
 * <pre>{@code
 * CursoredPage<Owner> page = owners.scroll(spec, PageRequest.ofSize(50));
 * while (page.hasNext()) {
 *     page = owners.scroll(spec, page.nextPageRequest().orElseThrow());
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class CursoredPage<T> {

    private final List<T> content;
    private final PageRequest request;
    private final @Nullable String nextCursor;
    private final @Nullable String previousCursor;

    /** Made by the repository. */
    public CursoredPage(List<T> content, PageRequest request, @Nullable String nextCursor,
            @Nullable String previousCursor) {
        this.content = List.copyOf(content);
        this.request = Objects.requireNonNull(request, "request must not be null");
        this.nextCursor = nextCursor;
        this.previousCursor = previousCursor;
    }

    /** The rows of this page, in query order (also when the page was read backwards). */
    public List<T> content() {
        return content;
    }

    /** The request that produced this page. */
    public PageRequest pageRequest() {
        return request;
    }

    /** Whether rows follow this page. */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /** Whether rows precede this page. */
    public boolean hasPrevious() {
        return previousCursor != null;
    }

    /** The cursor of this page's last row, when rows follow it. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** The cursor of this page's first row, when rows precede it. */
    public Optional<String> previousCursor() {
        return Optional.ofNullable(previousCursor);
    }

    /** The request for the next page (same size), when rows follow this page. */
    public Optional<PageRequest> nextPageRequest() {
        return nextCursor().map(PageRequest.ofSize(request.size())::afterCursor);
    }

    /** The request for the previous page (same size), when rows precede this page. */
    public Optional<PageRequest> previousPageRequest() {
        return previousCursor().map(PageRequest.ofSize(request.size())::beforeCursor);
    }
}
