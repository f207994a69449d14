package dev.ormkit.testkit.replica;

import dev.ormkit.testkit.internal.Settings;
import dev.ormkit.testkit.replica.internal.Cluster;
import dev.ormkit.testkit.replica.internal.ServerBinaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private PostgreSQL primary with a hot standby that streams from it (physical streaming replication), for
 * tests of read-replica routing. Both run from zonky's embedded PostgreSQL binaries (downloaded from Maven
 * Central into the local Maven repository once, version from {@code ormkit.test.postgres-version}), in a temp
 * directory, on free ports; a machine with only a JDK can run them. When the tests run as root the servers run as
 * the {@code postgres} (or {@code nobody}) user through {@code runuser}. The shared test server is never touched.
 *
 * <pre>{@code
 * try (StreamingReplica pair = StreamingReplica.start();
 *         OrmKit orm = OrmKit.builder().jdbcUrl(pair.primaryUrl()).username(pair.username())
 *                 .replicas(pair.replicaUrl()).entities(Owner.class).build()) {
 *     pair.pauseReplay();   // writes from now on are not visible on the replica
 *     ...
 *     pair.resumeReplay();
 *     pair.awaitReplayed(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>In a test class, start it in a static {@code BeforeAll} method and close it in {@code AfterAll}.
 *
 * <p>Starting the pair takes about two seconds. Close it to stop both servers and delete their files; a JVM
 * that exits first stops them too. Not thread-safe: control it from the test thread.
 */
public final class StreamingReplica implements AutoCloseable {

    private final Path base;
    private final Cluster primary;
    private final Cluster standby;
    private final Thread shutdownHook;

    private StreamingReplica(Path base, Cluster primary, Cluster standby) {
        this.base = base;
        this.primary = primary;
        this.standby = standby;
        this.shutdownHook = new Thread(this::stopQuietly, "ormkit-streaming-replica-stop");
    }

    /**
     * Starts a primary and a standby streaming from it, and returns once the standby has replayed everything
     * the primary wrote so far.
     *
     * @throws IllegalStateException when the servers cannot be started, with their log
     */
    public static StreamingReplica start() {
        Path base = null;
        try {
            Path bin = ServerBinaries.bin(Settings.fromEnvironment());
            base = Files.createTempDirectory("ormkit-replica");
            Cluster[] pair = Cluster.primaryAndStandby(bin, base);
            StreamingReplica replica = new StreamingReplica(base, pair[0], pair[1]);
            Runtime.getRuntime().addShutdownHook(replica.shutdownHook);
            try {
                pair[0].start();
                pair[1].start();
                replica.awaitReplayed(Duration.ofSeconds(60));
            } catch (RuntimeException | IOException failure) {
                replica.close();
                throw failure;
            }
            return replica;
        } catch (IOException failure) {
            if (base != null) {
                deleteQuietly(base);
            }
            throw new IllegalStateException("Could not start a PostgreSQL primary with a streaming replica: "
                    + failure.getMessage(), failure);
        }
    }

    /** JDBC URL of the primary's {@code postgres} database: write here. */
    public String primaryUrl() {
        return primary.jdbcUrl();
    }

    /** JDBC URL of the same database on the standby: read-only, {@code pg_is_in_recovery()} is true there. */
    public String replicaUrl() {
        return standby.jdbcUrl();
    }

    /** The primary's port ({@code inet_server_port()} on its connections). */
    public int primaryPort() {
        return primary.port();
    }

    /** The standby's port ({@code inet_server_port()} on its connections). */
    public int replicaPort() {
        return standby.port();
    }

    /** The superuser of both servers, {@code postgres}; they trust local connections, so there is no password. */
    public String username() {
        return "postgres";
    }

    /**
     * Stops applying WAL on the standby ({@code pg_wal_replay_pause()}): it keeps receiving, but what the primary
     * commits from now on is not visible there, and its lag grows until {@link #resumeReplay()}.
     */
    public void pauseReplay() {
        execute(standby, "select pg_wal_replay_pause()");
    }

    /** Applies WAL on the standby again ({@code pg_wal_replay_resume()}); it then catches up. */
    public void resumeReplay() {
        execute(standby, "select pg_wal_replay_resume()");
    }

    /**
     * Waits until the standby has replayed everything the primary had written when this was called
     * ({@code pg_last_wal_replay_lsn() >= pg_current_wal_lsn()}).
     *
     * @throws IllegalStateException when that takes longer than {@code timeout} (replay paused, standby stopped)
     */
    public void awaitReplayed(Duration timeout) {
        long target = position(primary, "select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long replayed = standby.running() ? positionOrMinus(standby) : -1;
            if (replayed >= target) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("The standby had not replayed the primary's WAL position " + target
                        + " after " + timeout + " (replayed: " + replayed + "; paused or stopped?). Standby log:\n"
                        + standby.logTail());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for replay", interrupted);
            }
        }
    }

    /** Stops the standby (a fast shutdown): connections to it fail until {@link #startReplica()}. */
    public void stopReplica() {
        try {
            standby.stop();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Starts the stopped standby again on the same port; it reconnects to the primary and catches up. */
    public void startReplica() {
        try {
            standby.start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Stops both servers and deletes their files. Idempotent. */
    @Override
    public void close() {
        stopQuietly();
        deleteQuietly(base);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stopQuietly() {
        for (Cluster cluster : new Cluster[] {standby, primary}) {
            try {
                cluster.stop();
            } catch (IOException | RuntimeException ignored) {
                // best effort: the other one is still stopped
            }
        }
    }

    private static void execute(Cluster cluster, String sql) {
        try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed on port " + cluster.port() + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static long position(Cluster cluster, String sql) {
        try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed on port " + cluster.port() + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static long positionOrMinus(Cluster standby) {
        try {
            return position(standby, "select (coalesce(pg_last_wal_replay_lsn(), '0/0'::pg_lsn) - '0/0'::pg_lsn)::bigint");
        } catch (IllegalStateException starting) {
            return -1; // still starting up: not accepting connections yet
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temp directory: the OS cleans it eventually
        }
    }
}
