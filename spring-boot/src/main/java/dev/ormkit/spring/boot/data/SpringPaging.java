package dev.ormkit.spring.boot.data;

import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

/**
 * Adapters between Spring Data's paging vocabulary and ormkit's, for controllers that take a {@code Pageable}:
 *
 * <pre>{@code
 * @GetMapping("/tickets")
 * Slice<Ticket> tickets(Pageable pageable) {
 *     Page<Ticket> page = tickets.page(QuerySpec.<Ticket>all().orderBy(SpringPaging.sorts(pageable)),
 *             SpringPaging.pageRequest(pageable));
 *     return SpringPaging.slice(page, pageable);
 * }
 * }</pre>
 *
 * Spring Data counts pages from 0, ormkit from 1; these do the conversion. Sort properties are checked against the
 * entity model when the query runs, as for any ormkit sort.
 */
public final class SpringPaging {

    private SpringPaging() {}

    /**
     * The ormkit page request for {@code pageable} (page {@code n} becomes page {@code n + 1}).
     *
     * @throws InvalidPageRequestException for {@code Pageable.unpaged()}: ormkit loads no unbounded lists; use
     *         {@code list(spec)} (capped) or {@code stream(spec)} instead
     */
    public static PageRequest pageRequest(Pageable pageable) {
        if (pageable.isUnpaged()) {
            throw new InvalidPageRequestException("Pageable.unpaged() asks for every row, which ormkit does not "
                    + "load in one page. Use list(spec) (capped by ormkit.max-list-size) or stream(spec) instead.");
        }
        return PageRequest.ofSize(pageable.getPageSize()).page(pageable.getPageNumber() + 1L);
    }

    /**
     * The ormkit sorts of {@code pageable}'s sort, in order.
     *
     * @throws InvalidPageRequestException for an order that ignores case or places nulls, which ormkit's keyset
     *         and offset pages do not support
     */
    public static Sort[] sorts(Pageable pageable) {
        List<Sort> sorts = new ArrayList<>();
        for (org.springframework.data.domain.Sort.Order order : pageable.getSort()) {
            if (order.isIgnoreCase() || order.getNullHandling()
                    != org.springframework.data.domain.Sort.NullHandling.NATIVE) {
                throw new InvalidPageRequestException("Sort on '" + order.getProperty() + "' asks to ignore case or "
                        + "to place nulls, which ormkit's pages do not support: sort on a column that holds the "
                        + "wanted order (for example a lower-cased copy).");
            }
            sorts.add(order.isAscending() ? Sort.asc(order.getProperty()) : Sort.desc(order.getProperty()));
        }
        return sorts.toArray(Sort[]::new);
    }

    /**
     * {@code page} as a Spring Data {@code Page} when it carries totals ({@code PageRequest.withTotal()}), else as
     * a {@code Slice}, which needs none.
     */
    public static <T> org.springframework.data.domain.Slice<T> slice(Page<T> page, Pageable pageable) {
        return page.hasTotals()
                ? new PageImpl<>(page.content(), pageable, page.totalElements())
                : new SliceImpl<>(page.content(), pageable, page.hasNext());
    }
}
