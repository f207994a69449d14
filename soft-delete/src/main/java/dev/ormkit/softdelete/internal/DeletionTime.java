package dev.ormkit.softdelete.internal;

import dev.ormkit.core.internal.Clocks;
import java.lang.ref.WeakReference;
import java.time.Instant;
import org.hibernate.sql.exec.spi.ExecutionContext;

/**
 * The one instant a bulk soft delete writes into {@code deleted_at} and {@code updated_at}: read from ormkit's
 * clock once per execution. Hibernate binds the parameters of one statement one after the other on the calling
 * thread, and makes a new {@link ExecutionContext} for each execution, so the last context seen on this thread
 * tells whether the clock was already read for this statement.
 */
final class DeletionTime {

    private record Stamp(WeakReference<ExecutionContext> context, Instant time) {}

    private static final ThreadLocal<Stamp> LAST = new ThreadLocal<>();

    private DeletionTime() {}

    static Instant of(ExecutionContext context) {
        Stamp last = LAST.get();
        if (last != null && last.context().get() == context) {
            return last.time();
        }
        Instant now = Clocks.now(Clocks.fromProperties(context.getSession().getFactory().getProperties()));
        LAST.set(new Stamp(new WeakReference<>(context), now));
        return now;
    }
}
