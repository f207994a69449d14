package dev.ormkit.core.repository.internal;

import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.ScrollMode;
import org.hibernate.query.SelectionQuery;

/** {@code stream}: checks its preconditions, then opens a forward-only server-side cursor. */
public final class Streaming {

    private Streaming() {}

    public static <T> Stream<T> stream(Queries<T> queries, QuerySpec<? super T> spec, int fetchSize) {
        if (fetchSize < 1) {
            throw new InvalidQueryException("fetchSize is " + fetchSize + " but must be at least 1; 500 is a good "
                    + "start.");
        }
        if (!queries.session().isJoinedToTransaction()) {
            throw new InvalidQueryException("stream(...) on " + queries.model().simpleName() + " needs an active "
                    + "transaction: PostgreSQL keeps a server-side cursor only inside one (outside, the driver would "
                    + "read every row into memory). Call it inside a transaction, and close the stream.");
        }
        var plan = queries.plan(spec);
        if (plan.hasCollections()) {
            throw new InvalidQueryException("stream(...) loads no collections (" + spec.fetchPlan() + "): that would "
                    + "hold every parent in memory. Stream without collections and load them per chunk, or page "
                    + "with scroll(...).");
        }
        SelectionQuery<T> query = queries.select(spec, plan, null, List.of(), queries.model().order(spec.order(), false))
                .setFetchSize(fetchSize);
        return queries.run(spec, () -> Streams.of(queries.session(), query.scroll(ScrollMode.FORWARD_ONLY)));
    }
}
