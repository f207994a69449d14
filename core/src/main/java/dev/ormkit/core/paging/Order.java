package dev.ormkit.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The sort keys of a query, most significant first, as in Jakarta Data's {@code Order}. ormkit always
 * appends the entity id as the last key (unless it is already there), so the order is total and pages never
 * skip or repeat rows.
 *
 * <pre>{@code
 * QuerySpec.all().orderBy(Order.by(Sort.asc("city"), Sort.asc("name")));
 * }</pre>
 *
 * @param sorts the sort keys, most significant first; may be empty (then the order is by id)
 */
public record Order(List<Sort> sorts) {

    /** Copies the list; it must not contain {@code null}. */
    public Order {
        sorts = List.copyOf(Objects.requireNonNull(sorts, "sorts must not be null"));
    }

    /** An order by the given keys. */
    public static Order by(Sort... sorts) {
        return new Order(List.of(sorts));
    }

    /** No explicit key: rows come in id order (creation order, for version 7 ids). */
    public static Order unsorted() {
        return new Order(List.of());
    }

    /** Every key in the opposite direction. */
    public Order reversed() {
        return new Order(sorts.stream().map(Sort::reversed).toList());
    }

    @Override
    public String toString() {
        return sorts.stream().map(Sort::toString).collect(Collectors.joining(", "));
    }
}
