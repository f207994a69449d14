package dev.ormkit.core.observe.internal;

import dev.ormkit.core.observe.OrmKitEvent;
import dev.ormkit.core.observe.OrmKitListener;
import dev.ormkit.core.observe.OrmKitListener.OperationScope;
import dev.ormkit.core.observe.RepositoryOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners and reporting settings of one session factory, found from any session through
 * {@link #of(SessionFactory)}. A factory ormkit's integrator never saw (none on the class path) has
 * {@link #NONE}.
 */
public final class Observers {

    /** No listener, no N+1 detection. */
    public static final Observers NONE = new Observers(List.of(), 0, false, null);

    private static final Map<SessionFactory, Observers> BY_FACTORY = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.observe");

    private final List<OrmKitListener> listeners;
    private final int nPlusOneThreshold;
    private final boolean rememberReads;
    private final @Nullable SessionFactoryImplementor factory;
    private volatile @Nullable Mappings mappings;
    private volatile boolean failureLogged;

    Observers(List<OrmKitListener> listeners, int nPlusOneThreshold, boolean rememberReads,
            @Nullable SessionFactoryImplementor factory) {
        this.listeners = List.copyOf(listeners);
        this.nPlusOneThreshold = nPlusOneThreshold;
        this.rememberReads = rememberReads;
        this.factory = factory;
    }

    /** Kept from the factory's start until it closes ({@link ObserveIntegrator#disintegrate}). */
    static void register(SessionFactory factory, Observers observers) {
        BY_FACTORY.put(factory, observers);
    }

    static void unregister(SessionFactory factory) {
        BY_FACTORY.remove(factory);
    }

    public static Observers of(SessionFactory factory) {
        Observers observers = BY_FACTORY.get(factory);
        return observers != null ? observers : NONE;
    }

    /** Whether anyone listens: without listeners, events are not even built. */
    public boolean active() {
        return !listeners.isEmpty();
    }

    /** Whether repository reads are remembered per session, for lazy-load reports (fetch discipline not off). */
    public boolean rememberReads() {
        return rememberReads;
    }

    int nPlusOneThreshold() {
        return nPlusOneThreshold;
    }

    /** The mapping's tables and associations, read at the first report (the metamodel is complete by then). */
    Mappings mappings() {
        Mappings known = mappings;
        if (known == null) {
            known = new Mappings(Objects.requireNonNull(factory, "a registered factory"));
            mappings = known;
        }
        return known;
    }

    /** The factory's metamodel, for report suggestions. */
    @Nullable SessionFactoryImplementor factory() {
        return factory;
    }

    /** Delivers {@code event} to every listener; a listener's exception is logged once and otherwise ignored. */
    public void publish(OrmKitEvent event) {
        for (OrmKitListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException failure) {
                listenerFailed(listener, failure);
            }
        }
    }

    /** Opens every listener's scope for a repository operation; the result ends them in reverse order. */
    public OperationScope started(String entity, String operation) {
        if (listeners.size() == 1) {
            return safeStart(listeners.get(0), entity, operation);
        }
        List<OperationScope> scopes = new ArrayList<>(listeners.size());
        for (OrmKitListener listener : listeners) {
            scopes.add(safeStart(listener, entity, operation));
        }
        return result -> {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                scopes.get(i).end(result);
            }
        };
    }

    private OperationScope safeStart(OrmKitListener listener, String entity, String operation) {
        try {
            OperationScope scope = listener.operationStarted(entity, operation);
            return (RepositoryOperation result) -> {
                try {
                    scope.end(result);
                } catch (RuntimeException failure) {
                    listenerFailed(listener, failure);
                }
            };
        } catch (RuntimeException failure) {
            listenerFailed(listener, failure);
            return OperationScope.NONE;
        }
    }

    private void listenerFailed(OrmKitListener listener, RuntimeException failure) {
        if (!failureLogged) {
            failureLogged = true;
            LOG.warn("ormkit listener {} threw {}; ormkit ignores listener failures and logs only the first.",
                    listener.getClass().getName(), failure.getClass().getName(), failure);
        }
    }
}
