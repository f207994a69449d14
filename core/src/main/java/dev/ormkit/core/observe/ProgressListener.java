package dev.ormkit.core.observe;

import java.util.Objects;

/**
 * Told how far long work has come — {@code BulkImport.copy}, {@code SoftDeletes.purgeDeletedBefore}, a long
 * repository {@code stream} — about every {@link #interval()} rows and once at the end ({@link Progress#finished()}).
 *
 * <pre>{@code
 * BulkImport.copy(session, Reading.class, readings,
 *         ProgressListener.every(100_000, progress -> log.info("{}", progress)));
 * // BulkImport Reading: 100000 rows in 0.9 s (111111 rows/s)
 * }</pre>
 *
 * <p>Called on the thread doing the work, between rows or batches: keep it fast.
 */
@FunctionalInterface
public interface ProgressListener {

    /** The default reporting interval: 10,000 rows. */
    long DEFAULT_INTERVAL = 10_000;

    /** Called about every {@link #interval()} rows, and once when the work finishes. */
    void onProgress(Progress progress);

    /** About how many rows pass between two reports; at least 1. Default {@value #DEFAULT_INTERVAL}. */
    default long interval() {
        return DEFAULT_INTERVAL;
    }

    /** {@code listener}, called about every {@code rows} rows (and at the end). */
    static ProgressListener every(long rows, ProgressListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rows);
        }
        return new ProgressListener() {
            @Override
            public void onProgress(Progress progress) {
                listener.onProgress(progress);
            }

            @Override
            public long interval() {
                return rows;
            }
        };
    }
}
