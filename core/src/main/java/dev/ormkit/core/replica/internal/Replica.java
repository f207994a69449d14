package dev.ormkit.core.replica.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streaming replica: its pool and what the last check found.
 *
 * <p>How fresh it is, is measured in WAL positions, not in PostgreSQL's {@code pg_last_xact_replay_timestamp()}:
 * on an idle primary that timestamp grows old although the replica misses nothing. Each check first reads the
 * primary's {@code pg_current_wal_lsn()} at a local time {@code t} (a commit that returned before {@code t} lies
 * below it), then the replica's {@code pg_last_wal_replay_lsn()}. The newest {@code t} whose position the replica
 * has replayed is {@link #freshAsOf}: every transaction committed on the primary before it is visible on the
 * replica. The replica's lag is then at most {@code now - freshAsOf}, exact to one check interval, and a thread
 * whose last write committed before {@code freshAsOf} reads it there.
 */
public final class Replica {

    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.core.replica");

    private static final String PRIMARY_POSITION = "select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint";
    private static final String REPLAY_POSITION = "select pg_is_in_recovery(), "
            + "(coalesce(pg_last_wal_replay_lsn(), '0/0'::pg_lsn) - '0/0'::pg_lsn)::bigint";

    final String name;
    final DataSource reads;
    private final DataSource checks;
    /** Primary positions not yet replayed here, oldest first: {time, lsn}. Only the check task touches it. */
    private final ArrayDeque<long[]> pending = new ArrayDeque<>();
    private volatile boolean up;
    private volatile long freshAsOf;
    private volatile String state = "not checked yet";

    Replica(String name, DataSource reads, DataSource checks) {
        this.name = name;
        this.reads = reads;
        this.checks = checks;
    }

    /** Whether this replica may serve a read at {@code now} for a thread whose last write ended at {@code wroteAt}. */
    boolean serves(long now, long maxLagNanos, boolean wrote, long wroteAt) {
        if (!up) {
            return false;
        }
        long fresh = freshAsOf;
        return now - fresh <= maxLagNanos && (!wrote || fresh - wroteAt > 0);
    }

    /** Compares this replica's replay position with the primary's; {@code windowNanos} bounds what is kept. */
    void check(DataSource primary, long windowNanos) {
        long time = System.nanoTime();
        long primaryPosition;
        try {
            primaryPosition = position(primary);
        } catch (SQLException | RuntimeException primaryDown) {
            return; // nothing to compare with: freshAsOf ages, and past the lag bound reads stop coming here
        }
        pending.addLast(new long[] {time, primaryPosition});
        long replayed;
        try (Connection connection = checks.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(REPLAY_POSITION)) {
            row.next();
            if (!row.getBoolean(1)) {
                down("it is not a standby (pg_is_in_recovery() is false): configure the URL of a streaming replica");
                return;
            }
            replayed = row.getLong(2);
        } catch (SQLException | RuntimeException unreachable) {
            down("it cannot be reached (" + unreachable.getClass().getSimpleName() + " "
                    + sqlState(unreachable) + ")");
            return;
        }
        long newest = 0;
        boolean advanced = false;
        while (!pending.isEmpty() && pending.peekFirst()[1] <= replayed) {
            newest = pending.pollFirst()[0];
            advanced = true;
        }
        if (advanced) {
            freshAsOf = newest;
        }
        // An older position than the window can no longer bring the replica within the lag bound: forget it.
        while (pending.size() > 1 && time - pending.peekFirst()[0] > windowNanos) {
            pending.pollFirst();
        }
        if (!up && advanced) {
            up = true;
            if (!state.equals("not checked yet")) {
                LOG.info("Read replica {} is serving reads again.", name);
            }
            state = "up";
        }
    }

    /** Takes the replica out of service until a check finds it again; logs the change once. */
    void down(String why) {
        if (up || !state.equals(why)) {
            LOG.warn("Read replica {} is not serving reads: {}. Its reads go to the primary until it answers again.",
                    name, why);
        }
        up = false;
        state = why;
    }

    boolean up() {
        return up;
    }

    long freshAsOf() {
        return freshAsOf;
    }

    private static long position(DataSource primary) throws SQLException {
        try (Connection connection = primary.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(PRIMARY_POSITION)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLState " + sql.getSQLState();
            }
        }
        return "no SQLState";
    }

    @Override
    public String toString() {
        return name;
    }
}
