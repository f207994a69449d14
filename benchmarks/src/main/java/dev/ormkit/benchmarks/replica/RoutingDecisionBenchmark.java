package dev.ormkit.benchmarks.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.core.replica.internal.ReplicaSet;
import dev.ormkit.core.replica.internal.ReplicaSettings;
import dev.ormkit.testkit.replica.StreamingReplica;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The routing decision alone, without a query: borrowing and returning a replica connection through ormkit's
 * routing against borrowing it from the replica's pool directly (the peer). The difference is what routing adds
 * to each read-only transaction; a transaction's own time is in {@link RoutingOverhead}. The pools here have no
 * session reset, so no round trip hides the difference.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MICROSECONDS)
@Peer("poolOnly")
public class RoutingDecisionBenchmark {

    private StreamingReplica pair;
    private HikariDataSource primary;
    private HikariDataSource replica;
    private ReplicaSet replicas;

    @Setup(Level.Trial)
    public void start() {
        pair = StreamingReplica.start();
        primary = pool(pair.primaryUrl());
        replica = pool(pair.replicaUrl());
        replicas = ReplicaSet.start(primary, primary, List.of(new ReplicaSet.Pool("replica", replica, replica)),
                new ReplicaSettings(List.of(pair.replicaUrl()), Duration.ofSeconds(2), Duration.ofMillis(250)),
                List.of());
        if (!replicas.anyServing()) {
            throw new IllegalStateException("the replica does not serve reads");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        replicas.close();
        replica.close();
        primary.close();
        pair.close();
    }

    @Benchmark
    public int poolOnly() throws SQLException {
        try (Connection connection = replica.getConnection()) {
            return connection.getAutoCommit() ? 1 : 0; // answered by the pool, no round trip
        }
    }

    @Benchmark
    public int routed() throws SQLException {
        try (Connection connection = replicas.readConnection()) {
            return connection.getAutoCommit() ? 1 : 0; // answered by the pool, no round trip
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
