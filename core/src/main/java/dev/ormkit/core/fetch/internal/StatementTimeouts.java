package dev.ormkit.core.fetch.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * A query timeout for statements Hibernate's loaders run, which take none ({@code BaseExecutionContext} passes no
 * query options, so {@code jakarta.persistence.query.timeout} never reaches them): after the timeout, a watchdog
 * thread calls {@code Session.cancelQuery()}, the one session method Hibernate allows from another thread. That
 * cancels the session's last JDBC statement the way pgjdbc's own {@code setQueryTimeout} does
 * ({@code Statement.cancel}, which does nothing once the statement has finished); PostgreSQL answers SQLState 57014,
 * which Hibernate raises as {@link org.hibernate.QueryTimeoutException}. The watchdog and the end of the work
 * take one lock, so a cancel never reaches a statement run after the work.
 */
final class StatementTimeouts {

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private StatementTimeouts() {}

    static void run(SessionImplementor session, long timeoutMillis, Runnable work) {
        if (timeoutMillis <= 0) {
            work.run();
            return;
        }
        Object lock = new Object();
        boolean[] running = {true};
        ScheduledFuture<?> cancel = WATCHDOG.schedule(() -> {
            synchronized (lock) {
                if (running[0] && session.isOpen()) {
                    session.cancelQuery();
                }
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            cancel.cancel(false);
            synchronized (lock) {
                running[0] = false;
            }
        }
    }

    /**
     * One daemon thread, started on first use and ended after a minute without work, with no context class loader:
     * in a container it neither keeps the JVM up nor pins an undeployed application's class loader for long.
     */
    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, "ormkit-statement-timeouts");
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(1, TimeUnit.MINUTES);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
