package dev.ormkit.core.repository.internal;

import dev.ormkit.core.fetch.internal.PlanTree;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.Order;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.paging.UnencodableSortKeyException;
import dev.ormkit.core.paging.internal.CursorCodec;
import dev.ormkit.core.paging.internal.KeyValues;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.query.ResultCapExceededException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;

/** Offset pages, keyset pages and capped lists, all paged in the database (never in memory). */
public final class Pager<T> {

    private final Queries<T> queries;

    public Pager(Queries<T> queries) {
        this.queries = queries;
    }

    public Page<T> page(QuerySpec<? super T> spec, PageRequest request, boolean withTotal) {
        checkSize(request);
        if (request.cursor().isPresent()) {
            throw new InvalidPageRequestException("page(...) reads offset pages, but the request carries a cursor. "
                    + "Pass cursor requests to scroll(...).");
        }
        // Checked before multiplying: (page - 1) * size can wrap around a long (page 2^58 + 1 of 64 rows is 0).
        if (request.page() - 1 > (Integer.MAX_VALUE - 1L - request.size()) / request.size()) {
            throw new InvalidPageRequestException("Page " + request.page() + " of size " + request.size() + " is "
                    + "beyond what offset paging can reach. Use keyset paging (scroll) for deep pages.");
        }
        long first = (request.page() - 1) * (long) request.size();
        PlanTree plan = queries.plan(spec);
        List<Sort> order = queries.model().order(spec.order(), false);
        SelectionQuery<T> query = queries.select(spec, plan, null, List.of(), order)
                .setFirstResult((int) first).setMaxResults(request.size() + 1);
        List<T> rows = queries.run(spec, query::getResultList);
        boolean hasNext = rows.size() > request.size();
        List<T> content = hasNext ? rows.subList(0, request.size()) : rows;
        queries.loadCollections(spec, plan, content);
        long total = -1;
        if (withTotal && request.requestTotal()) {
            total = !hasNext && (!content.isEmpty() || first == 0) ? first + content.size() : count(spec);
        }
        return new Page<>(content, request, hasNext, total);
    }

    public long count(QuerySpec<? super T> spec) {
        SelectionQuery<T> query = queries.select(spec, null, null, List.of(), null);
        return queries.run(spec, query::getResultCount);
    }

    public CursoredPage<T> scroll(QuerySpec<? super T> spec, PageRequest request) {
        checkSize(request);
        CursorCodec codec = queries.settings().requireCursors();
        List<Sort> order = queries.model().order(spec.order(), true);
        IndexAdvisor.check(queries.session(), queries.model().javaType(), order);
        String signature = new Order(order).toString();
        Optional<String> cursor = request.cursor();
        boolean backward = request.direction() == PageRequest.Direction.PREVIOUS;
        List<Sort> queryOrder = backward ? order.stream().map(Sort::reversed).toList() : order;
        String keyset = null;
        List<@Nullable Object> values = new ArrayList<>();
        if (cursor.isPresent()) {
            CursorCodec.Position position = codec.decode(cursor.get(), queries.model().name(), signature,
                    queries.session().getTenantIdentifier());
            if (position.values().size() != order.size()) {
                throw new InvalidPageRequestException("The cursor holds " + position.values().size() + " key values "
                        + "but the order has " + order.size() + ". Start again from the first page.");
            }
            for (int i = 0; i < order.size(); i++) {
                values.add(KeyValues.fromText(position.values().get(i), queries.model().keyType(order.get(i).property())));
            }
            keyset = Keyset.after("e", queryOrder);
        }
        PlanTree plan = queries.plan(spec);
        SelectionQuery<T> query = queries.select(spec, plan, keyset, values, queryOrder).setMaxResults(request.size() + 1);
        List<T> rows = queries.run(spec, query::getResultList);
        boolean more = rows.size() > request.size();
        List<T> content = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (backward) {
            Collections.reverse(content);
        }
        queries.loadCollections(spec, plan, content);
        String given = cursor.orElse(null);
        String next;
        String previous;
        if (backward) {
            previous = more ? position(codec, order, signature, content.get(0)) : null;
            next = content.isEmpty() ? given : position(codec, order, signature, content.get(content.size() - 1));
        } else {
            next = more ? position(codec, order, signature, content.get(content.size() - 1)) : null;
            previous = given == null ? null : content.isEmpty() ? given : position(codec, order, signature, content.get(0));
        }
        return new CursoredPage<>(content, request, next, previous);
    }

    private String position(CursorCodec codec, List<Sort> order, String signature, T row) {
        List<@Nullable String> values = new ArrayList<>(order.size());
        for (Sort sort : order) {
            Object value = queries.model().keyValue(row, sort.property());
            if (value == null) {
                throw new UnencodableSortKeyException("Keyset paging needs non-null sort keys, but "
                        + queries.model().simpleName() + "." + sort.property() + " is null in " + row + ". Sort by "
                        + "NOT NULL properties, filter the nulls out (e." + sort.property() + " is not null), or use "
                        + "offset paging.");
            }
            values.add(KeyValues.toText(value));
        }
        Optional<String> cursor = codec.encode(new CursorCodec.Position(queries.model().name(), signature, values,
                queries.session().getTenantIdentifier()));
        if (cursor.isEmpty()) {
            int longest = 0;
            for (int i = 1; i < values.size(); i++) {
                longest = length(values.get(i)) > length(values.get(longest)) ? i : longest;
            }
            throw new UnencodableSortKeyException("Keyset paging cannot continue after " + row + ": its sort key "
                    + queries.model().simpleName() + "." + order.get(longest).property() + " is "
                    + length(values.get(longest)) + " characters long, and a cursor holding it would be longer than "
                    + "the " + CursorCodec.MAX_LENGTH + " characters ormkit accepts back. Sort by a shorter key, or "
                    + "use offset paging (page) for this query.");
        }
        return cursor.get();
    }

    private static int length(@Nullable String value) {
        return value == null ? 0 : value.length();
    }

    public List<T> list(QuerySpec<? super T> spec) {
        int cap = spec.limit() > 0 ? spec.limit() : queries.settings().maxListSize();
        PlanTree plan = queries.plan(spec);
        SelectionQuery<T> query = queries.select(spec, plan, null, List.of(), queries.model().order(spec.order(), false))
                .setMaxResults(spec.limit() > 0 ? cap : cap + 1);
        List<T> rows = queries.run(spec, query::getResultList);
        if (rows.size() > cap) {
            throw new ResultCapExceededException("A list of " + queries.model().simpleName() + " matched more than "
                    + cap + " rows (" + "ormkit.max_list_size). ormkit does not load whole tables: page it (page, "
                    + "slice, scroll), stream it in a transaction, or set QuerySpec.limit(n) to cut it on purpose.");
        }
        queries.loadCollections(spec, plan, rows);
        return rows;
    }

    private void checkSize(PageRequest request) {
        int max = queries.settings().maxPageSize();
        if (request.size() > max) {
            throw new InvalidPageRequestException("Page size " + request.size() + " is larger than the maximum of "
                    + max + " (ormkit.max_page_size). Ask for a smaller page, or raise the maximum with "
                    + "OrmKitBuilder.maxPageSize(...).");
        }
    }
}
