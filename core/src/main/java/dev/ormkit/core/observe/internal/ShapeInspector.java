package dev.ormkit.core.observe.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jspecify.annotations.Nullable;

/**
 * Sees every statement Hibernate prepares (installed only when N+1 detection is on or a listener is registered,
 * so there is no cost otherwise). It counts statements per thread, for the statement count of a repository
 * operation, and hands the shape of a SELECT to the session's {@link SessionStatements}, which Hibernate calls
 * right after this ({@code jdbcPrepareStatementStart}); the shape of a SQL string is computed once and cached,
 * as Hibernate reuses the strings of its cached plans. An application's own inspector runs first.
 */
public final class ShapeInspector implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final int CACHE_LIMIT = 4096;
    /** Longer SQL (a 10,000-parameter IN list) is shaped each time rather than kept: the cache stays small. */
    private static final int CACHEABLE_LENGTH = 4096;
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<@Nullable Pending> PENDING = new ThreadLocal<>();

    /** A SELECT shape on its way from the inspector to the session listener. */
    record Pending(String shape, Observers observers) {}

    private final transient Map<String, String> shapes = new ConcurrentHashMap<>();
    private final @Nullable StatementInspector delegate;
    private volatile transient Observers observers = Observers.NONE;

    ShapeInspector(@Nullable StatementInspector delegate) {
        this.delegate = delegate;
    }

    void bind(Observers observers) {
        this.observers = observers;
    }

    @Override
    public String inspect(String sql) {
        String inspected = delegate == null ? sql : delegate.inspect(sql);
        String text = inspected == null ? sql : inspected;
        COUNT.get()[0]++;
        Observers bound = observers;
        if (bound.nPlusOneThreshold() > 0 && isSelect(text)) {
            String shape = shapes.get(text);
            if (shape == null) {
                shape = Shapes.of(text);
                if (shapes.size() < CACHE_LIMIT && text.length() <= CACHEABLE_LENGTH) {
                    shapes.put(text, shape);
                }
            }
            PENDING.set(new Pending(shape, bound));
        }
        return inspected;
    }

    /** Statements prepared on this thread so far (a running count; compare two readings). */
    public static long count() {
        return COUNT.get()[0];
    }

    static @Nullable Pending take() {
        Pending pending = PENDING.get();
        if (pending != null) {
            PENDING.remove();
        }
        return pending;
    }

    private static boolean isSelect(String sql) {
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return sql.regionMatches(true, i, "select", 0, 6) || sql.regionMatches(true, i, "with", 0, 4);
    }
}
