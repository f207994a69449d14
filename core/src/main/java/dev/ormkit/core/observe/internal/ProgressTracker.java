package dev.ormkit.core.observe.internal;

import dev.ormkit.core.observe.Progress;
import dev.ormkit.core.observe.ProgressListener;
import java.time.Duration;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Counts the rows of long work and tells a {@link ProgressListener} about every {@code interval()} rows and once
 * at the end. A listener's exception propagates: the caller asked for the progress, and a failing progress bar
 * should not go unnoticed.
 */
public final class ProgressTracker {

    private final String task;
    private final @Nullable ProgressListener listener;
    private final long interval;
    private final long start = System.nanoTime();
    private long done;
    private long nextReport;
    private boolean finished;

    public ProgressTracker(String task, @Nullable ProgressListener listener) {
        this.task = task;
        this.listener = listener;
        this.interval = listener == null ? Long.MAX_VALUE : Math.max(1, listener.interval());
        this.nextReport = interval;
    }

    /** {@code rows} more rows are done. */
    public void advance(long rows) {
        done += rows;
        if (listener != null && done >= nextReport) {
            nextReport = (done / interval + 1) * interval;
            listener.onProgress(new Progress(task, done, elapsed(), false));
        }
    }

    /** The last report; idempotent. */
    public void finish() {
        if (!finished) {
            finished = true;
            if (listener != null) {
                listener.onProgress(new Progress(task, done, elapsed(), true));
            }
        }
    }

    public long done() {
        return done;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@code rows}, counted as they are consumed. */
    public <T> Iterator<T> counting(Iterator<T> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public T next() {
                T row = rows.next();
                advance(1);
                return row;
            }
        };
    }
}
