package dev.ormkit.core.replica;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Marks a block of work as needing fresh data: every read-only unit of work the current thread starts inside
 * it reads from the primary, never from a replica, so it sees every write committed before the block began,
 * on any thread or application instance.
 *
 * <pre>{@code
 * // after a payment callback, the next page must show the payment even if another instance wrote it
 * Invoice invoice = FreshReads.call(() -> orm.fromReadOnlyTransaction(session -> session.find(Invoice.class, id)));
 * }</pre>
 *
 * <p>Without this marker a read-only unit of work already reads its own thread's earlier writes (see
 * {@code docs/scaling.md}, "Read-your-writes"); the marker is for writes made elsewhere. Blocks nest. The
 * marker belongs to the thread: work handed to another thread is not marked.
 */
public final class FreshReads {

    private static final ThreadLocal<int[]> DEPTH = new ThreadLocal<>();

    private FreshReads() {}

    /** Runs {@code work} with fresh reads and returns its result. */
    public static <R> R call(Supplier<R> work) {
        Objects.requireNonNull(work, "work must not be null");
        int[] depth = DEPTH.get();
        if (depth == null) {
            depth = new int[1];
            DEPTH.set(depth);
        }
        depth[0]++;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    /** Runs {@code work} with fresh reads. */
    public static void run(Runnable work) {
        Objects.requireNonNull(work, "work must not be null");
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the current thread is inside {@link #call}/{@link #run}: its read-only work then goes to the primary. */
    public static boolean active() {
        int[] depth = DEPTH.get();
        return depth != null && depth[0] > 0;
    }
}
