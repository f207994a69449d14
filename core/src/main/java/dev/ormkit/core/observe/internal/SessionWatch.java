package dev.ormkit.core.observe.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What ormkit remembers about one open session for its reports: which lazy loads it reported already (once per
 * entity and association per session — without that, a 10k-row loop rescanning the persistence context ran 4.5×
 * slower, notes/strict-fetch-mode.md) and the last repository read, which a lazy-load report names as the query
 * that loaded the owner. Keyed weakly by the session, so a closed session's entry goes with it.
 */
final class SessionWatch {

    /** A repository read: its root entity, operation and fetch-plan paths. */
    record Read(Class<?> root, String operation, Set<String> planPaths) {}

    private static final Map<Object, SessionWatch> BY_SESSION = Collections.synchronizedMap(new WeakHashMap<>());

    private final Set<String> reported = new HashSet<>();
    private volatile @Nullable Read lastRead;

    private SessionWatch() {}

    static SessionWatch of(Object session) {
        return BY_SESSION.computeIfAbsent(session, key -> new SessionWatch());
    }

    static @Nullable SessionWatch ifPresent(Object session) {
        return BY_SESSION.get(session);
    }

    /** True the first time {@code key} is reported in this session. */
    synchronized boolean firstReport(String key) {
        return reported.add(key);
    }

    synchronized boolean reported(String key) {
        return reported.contains(key);
    }

    void read(Read read) {
        lastRead = read;
    }

    @Nullable Read lastRead() {
        return lastRead;
    }
}
