package dev.ormkit.core.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of an offset-paged query, as in Jakarta Data's {@code Page}. Whether a next page exists is known
 * without counting (ormkit reads one row more than the page size). The total is there only when the request
 * asked for it ({@link PageRequest#withTotal()}); when the first page is already short, it is computed
 * without a count query.
 *
 * @param <T> the entity type
 */
public final class Page<T> {

    private final List<T> content;
    private final PageRequest request;
    private final boolean hasNext;
    private final long total;

    /** Made by the repository; {@code total} is -1 when not known. */
    public Page(List<T> content, PageRequest request, boolean hasNext, long total) {
        this.content = List.copyOf(content);
        this.request = Objects.requireNonNull(request, "request must not be null");
        this.hasNext = hasNext;
        this.total = total;
    }

    /** The rows of this page, in query order; empty past the last page. */
    public List<T> content() {
        return content;
    }

    /** The request that produced this page. */
    public PageRequest pageRequest() {
        return request;
    }

    /** Whether at least one row follows this page. */
    public boolean hasNext() {
        return hasNext;
    }

    /** Whether a page precedes this one. */
    public boolean hasPrevious() {
        return request.page() > 1;
    }

    /** The request for the next page, with the same size and total setting. */
    public PageRequest nextPageRequest() {
        return request.page(request.page() + 1);
    }

    /** Whether {@link #totalElements()} is known. */
    public boolean hasTotals() {
        return total >= 0;
    }

    /**
     * The number of rows the query matches.
     *
     * @throws IllegalStateException when the request did not ask for it
     */
    public long totalElements() {
        if (total < 0) {
            throw new IllegalStateException("The total was not asked for. Request it with "
                    + "PageRequest.withTotal() (it costs a count query).");
        }
        return total;
    }

    /** The number of pages of this size; needs the total. */
    public long totalPages() {
        long all = totalElements();
        return (all + request.size() - 1) / request.size();
    }
}
