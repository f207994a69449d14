package dev.ormkit.benchmarks.replica;

import dev.ormkit.benchmarks.Peer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What routing costs one read-only transaction (an item by id): reading the replica through an ormkit that
 * routes to it, against an ormkit whose only database is that replica (the peer). Same server, same pool
 * settings; the difference is the routing (replica choice, Hibernate's read-only connection path).
 * {@link RoutingOverhead} measures the same pair in alternation, which is the figure to quote.
 */
@State(Scope.Benchmark)
@Peer("replicaWithoutRouting")
public class ReplicaRoutingBenchmark {

    private ReplicaFixture fixture;

    @Setup(Level.Trial)
    public void start() {
        fixture = new ReplicaFixture(20_000, 2);
    }

    @TearDown(Level.Trial)
    public void stop() {
        fixture.close();
    }

    @Benchmark
    public ReplicaItem replicaWithoutRouting() {
        return ReplicaFixture.find(fixture.replicaOnly, fixture.randomId());
    }

    @Benchmark
    public ReplicaItem routedToReplica() {
        return ReplicaFixture.find(fixture.routed, fixture.randomId());
    }
}
