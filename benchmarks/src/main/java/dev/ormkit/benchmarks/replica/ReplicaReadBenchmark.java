package dev.ormkit.benchmarks.replica;

import dev.ormkit.benchmarks.Peer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Read throughput of four threads, each running read-only transactions of a 50-row keyset-style page: on the
 * primary alone (the peer) and routed to a streaming replica. Both servers run on this machine's cores, so the
 * replica adds no CPU: the ratio shows what routing and replication cost, not what a replica on its own host
 * adds (docs/scaling.md).
 */
@State(Scope.Benchmark)
@Threads(4)
@Peer("primaryOnly")
public class ReplicaReadBenchmark {

    private ReplicaFixture fixture;

    @Setup(Level.Trial)
    public void start() {
        fixture = new ReplicaFixture(20_000, 4);
    }

    @TearDown(Level.Trial)
    public void stop() {
        fixture.close();
    }

    @Benchmark
    public List<ReplicaItem> primaryOnly() {
        return ReplicaFixture.page(fixture.primaryOnly);
    }

    @Benchmark
    public List<ReplicaItem> routedToReplica() {
        return ReplicaFixture.page(fixture.routed);
    }
}
