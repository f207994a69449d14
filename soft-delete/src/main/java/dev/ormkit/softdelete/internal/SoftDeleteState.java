package dev.ormkit.softdelete.internal;

import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Per-thread state with a lifetime of one call: the timestamp a cascading soft delete shares with its
 * children, and whether a purge (real delete) is under way.
 */
public final class SoftDeleteState {

    private static final ThreadLocal<@Nullable Instant> CASCADE_TIME = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable Boolean> PURGING = new ThreadLocal<>();

    private SoftDeleteState() {}

    static @Nullable Instant cascadeTime() {
        return CASCADE_TIME.get();
    }

    static void withCascadeTime(Instant time, Runnable work) {
        Instant outer = CASCADE_TIME.get();
        CASCADE_TIME.set(time);
        try {
            work.run();
        } finally {
            if (outer == null) {
                CASCADE_TIME.remove();
            } else {
                CASCADE_TIME.set(outer);
            }
        }
    }

    public static boolean purging() {
        return Boolean.TRUE.equals(PURGING.get());
    }

    public static <T> T purge(Supplier<T> work) {
        boolean outer = purging();
        PURGING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (!outer) {
                PURGING.remove();
            }
        }
    }
}
