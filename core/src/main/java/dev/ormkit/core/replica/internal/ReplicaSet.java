package dev.ormkit.core.replica.internal;

import dev.ormkit.core.replica.FreshReads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Routes read-only connections to a replica that is up, within the lag bound and has replayed the current
 * thread's last write; everything else to the primary. The replicas are checked in the background, one task per
 * replica every check interval, so that routing itself costs no query: a read looks at a few volatile fields.
 *
 * <p>Per thread it keeps when the thread last released a read-write connection (Hibernate releases it at the end
 * of each transaction; every read-write transaction counts as a write, which costs at most a check interval of
 * reads on the primary after one that only read) and how many read-write connections it holds (a read-only unit
 * of work nested in a read-write one goes to the primary).
 */
public final class ReplicaSet implements AutoCloseable {

    /** One replica's pools as the bootstrap opened them. */
    public record Pool(String name, DataSource reads, DataSource checks) {}

    private final DataSource primary;
    private final List<Replica> replicas;
    private final long maxLagNanos;
    private final ScheduledExecutorService checker;
    private final List<AutoCloseable> owned;
    private final AtomicInteger next = new AtomicInteger();
    private final ThreadLocal<long @Nullable []> lastWrite = new ThreadLocal<>();
    private final ThreadLocal<int @Nullable []> held = new ThreadLocal<>();
    private final ThreadLocal<@Nullable Replica> served = new ThreadLocal<>();

    private ReplicaSet(DataSource primary, List<Replica> replicas, ReplicaSettings settings,
            List<AutoCloseable> owned) {
        this.primary = primary;
        this.replicas = replicas;
        this.maxLagNanos = settings.maxLag().toNanos();
        this.owned = owned;
        this.checker = Executors.newScheduledThreadPool(replicas.size(), task -> {
            Thread thread = new Thread(task, "ormkit-replica-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts checking {@code pools} against {@code primaryChecks}; returns once each replica was checked once (or
     * two seconds passed), so that the first reads can already use them. {@code owned} are closed with the set.
     */
    public static ReplicaSet start(DataSource primary, DataSource primaryChecks, List<Pool> pools,
            ReplicaSettings settings, List<AutoCloseable> owned) {
        List<Replica> replicas = new ArrayList<>();
        for (Pool pool : pools) {
            replicas.add(new Replica(pool.name(), pool.reads(), pool.checks()));
        }
        ReplicaSet set = new ReplicaSet(primary, List.copyOf(replicas), settings, List.copyOf(owned));
        long interval = settings.checkInterval().toNanos();
        long window = settings.maxLag().toNanos() + 2 * interval;
        CountDownLatch firstChecks = new CountDownLatch(set.replicas.size());
        for (Replica replica : set.replicas) {
            // one task per replica: a fixed-delay task never overlaps itself, so a replica's state has one writer
            boolean[] first = {true};
            set.checker.scheduleWithFixedDelay(() -> {
                try {
                    replica.check(primaryChecks, window);
                } finally {
                    if (first[0]) {
                        first[0] = false;
                        firstChecks.countDown();
                    }
                }
            }, 0, interval, TimeUnit.NANOSECONDS);
        }
        try {
            firstChecks.await(2, TimeUnit.SECONDS); // a replica that is down stays out of service meanwhile
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return set;
    }

    /** A connection for a read-only unit of work: from an eligible replica, else from the primary. */
    public Connection readConnection() throws SQLException {
        Replica replica = choose();
        if (replica != null) {
            try {
                Connection connection = replica.reads.getConnection();
                served.set(replica);
                return connection;
            } catch (SQLException | RuntimeException unavailable) {
                replica.down("no connection could be had (" + Replica.sqlState(unavailable) + ")");
            }
        }
        served.remove();
        return primary.getConnection();
    }

    /** A connection for read-write work: always the primary. */
    public Connection writeConnection() throws SQLException {
        Connection connection = primary.getConnection();
        int[] count = held.get();
        if (count == null) {
            held.set(new int[] {1});
        } else {
            count[0]++;
        }
        return connection;
    }

    /** Returns a read-write connection and records that this thread wrote. */
    public void releaseWriteConnection(Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            int[] count = held.get();
            if (count != null && --count[0] <= 0) {
                held.remove();
            }
            wrote();
        }
    }

    /** Records that the current thread committed a write now: its reads wait for a replica that replayed it. */
    public void wrote() {
        long[] at = lastWrite.get();
        if (at == null) {
            lastWrite.set(new long[] {System.nanoTime()});
        } else {
            at[0] = System.nanoTime();
        }
    }

    /** The replica that served this thread's last read-only connection, or null for the primary. */
    public @Nullable Replica lastServed() {
        return served.get();
    }

    /** Forgets which server served this thread's last read. */
    public void forgetServed() {
        served.remove();
    }

    /** Takes {@code replica} out of service after a read on it failed for want of a connection. */
    public void failed(Replica replica, Throwable failure) {
        replica.down("a read on it lost its connection (" + Replica.sqlState(failure) + ")");
    }

    /** A {@code DataSource} view of {@link #readConnection()}, for frameworks that route by data source. */
    public DataSource readDataSource() {
        return new ReadDataSource(this, primary);
    }

    /** The primary as a {@code DataSource} whose connections are tracked as read-write ones (see {@link WriteDataSource}). */
    public DataSource writeDataSource() {
        return new WriteDataSource(this, primary);
    }

    /** The primary, untracked. */
    public DataSource primary() {
        return primary;
    }

    /** Whether some replica serves reads at the moment (for tests and diagnostics). */
    public boolean anyServing() {
        return choose() != null;
    }

    private @Nullable Replica choose() {
        if (FreshReads.active() || held.get() != null) {
            return null;
        }
        long now = System.nanoTime();
        long[] at = lastWrite.get();
        int size = replicas.size();
        int start = size == 1 ? 0 : Math.floorMod(next.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Replica replica = replicas.get((start + i) % size);
            if (replica.serves(now, maxLagNanos, at != null, at == null ? 0 : at[0])) {
                return replica;
            }
        }
        return null;
    }

    @Override
    public void close() {
        checker.shutdownNow();
        RuntimeException failure = null;
        for (AutoCloseable pool : owned) {
            try {
                pool.close();
            } catch (Exception closing) {
                if (failure == null) {
                    failure = new IllegalStateException("Closing a replica's connection pool failed", closing);
                } else {
                    failure.addSuppressed(closing);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
