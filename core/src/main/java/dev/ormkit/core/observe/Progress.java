package dev.ormkit.core.observe;

import java.time.Duration;

/**
 * How far a long piece of work has come.
 *
 * @param task what runs, for example {@code "BulkImport Reading"} or {@code "purgeDeletedBefore Customer"}
 * @param done rows done so far
 * @param elapsed time since the work started
 * @param finished whether this is the last report of the work (sent once, also when it ends early with an
 *     exception: then {@code done} is what was done before it)
 */
public record Progress(String task, long done, Duration elapsed, boolean finished) {

    /** Rows per second so far; 0 before any time has passed. */
    public double rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : done * 1_000_000_000.0 / nanos;
    }

    /** A line for a log: {@code "BulkImport Reading: 200000 rows in 1.8 s (111111 rows/s)"}. */
    @Override
    public String toString() {
        return task + ": " + done + " rows in " + String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0)
                + " (" + Math.round(rowsPerSecond()) + " rows/s)" + (finished ? ", finished" : "");
    }
}
