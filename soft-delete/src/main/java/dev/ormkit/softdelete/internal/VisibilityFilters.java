package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.Visibility;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Filter;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.internal.FilterImpl;

/**
 * How a session's {@link Visibility} is stored and turned into SQL.
 *
 * <p>Hibernate does not cache query plans while any filter is enabled in the session, so a "live rows" filter
 * switched on in every session would make every query of the application be translated again at each run
 * (measured: about 0.1 ms per query). The default visibility therefore enables <em>no</em> filter: the
 * soft-delete persisters ({@link SoftDeletePersisters}) add the {@code ormkit_live} condition themselves while
 * SQL is generated, so it becomes part of the cached plan. The other two visibilities enable a filter, which
 * also makes Hibernate build fresh plans and loaders for them: {@code ormkit_deleted_only}
 * ({@code deleted_at is not null}), or {@code ormkit_all}, a marker that is never rendered.
 */
public final class VisibilityFilters {

    public static final String LIVE = "ormkit_live";
    public static final String ONLY_DELETED = "ormkit_deleted_only";
    public static final String ALL = "ormkit_all";

    /** Like the filter definition: not applied to loads by key, so to-one references to deleted rows load. */
    private static final Filter LIVE_FILTER =
            new FilterImpl(new FilterDefinition(LIVE, "deleted_at is null", false, false, Map.of(), Map.of()));
    private static final Map<String, Filter> LIVE_ONLY = Map.of(LIVE, LIVE_FILTER);

    private VisibilityFilters() {}

    /** The filters to render for a session whose enabled filters are {@code enabled}. */
    static Map<String, Filter> effective(Map<String, Filter> enabled) {
        if (enabled.isEmpty()) {
            return LIVE_ONLY;
        }
        if (enabled.containsKey(ALL)) {
            Map<String, Filter> withoutMarker = new HashMap<>(enabled);
            withoutMarker.remove(ALL);
            withoutMarker.remove(LIVE);
            return withoutMarker;
        }
        if (enabled.containsKey(ONLY_DELETED) || enabled.containsKey(LIVE)) {
            return enabled;
        }
        Map<String, Filter> withLive = new HashMap<>(enabled);
        withLive.put(LIVE, LIVE_FILTER);
        return withLive;
    }

    /** What a session with these influencers sees. */
    /** What {@code session} sees now. */
    public static Visibility of(Session session) {
        return of(session.unwrap(SessionImplementor.class).getLoadQueryInfluencers());
    }

    public static Visibility of(LoadQueryInfluencers influencers) {
        if (!influencers.hasEnabledFilters()) {
            return Visibility.LIVE;
        }
        if (influencers.getEnabledFilter(ALL) != null) {
            return Visibility.INCLUDING_DELETED;
        }
        return influencers.getEnabledFilter(ONLY_DELETED) != null ? Visibility.ONLY_DELETED : Visibility.LIVE;
    }

    /** Makes {@code session} see {@code visibility}. */
    public static void apply(Session session, Visibility visibility) {
        toggle(session, ALL, visibility == Visibility.INCLUDING_DELETED);
        toggle(session, ONLY_DELETED, visibility == Visibility.ONLY_DELETED);
    }

    private static void toggle(Session session, String filter, boolean on) {
        boolean enabled = session.getEnabledFilter(filter) != null;
        if (on && !enabled) {
            session.enableFilter(filter);
        } else if (!on && enabled) {
            session.disableFilter(filter);
        }
    }
}
