package dev.ormkit.benchmarks.replica;

import dev.ormkit.benchmarks.PairedComparison;
import java.util.List;

/**
 * The routing overhead per read-only transaction, measured in alternation ({@link PairedComparison}): an item by
 * id through the routing ormkit and through an ormkit on the replica alone, thousands of times each. Run with
 * {@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.main=dev.ormkit.benchmarks.replica.RoutingOverhead}.
 */
public final class RoutingOverhead {

    private RoutingOverhead() {}

    public static void main(String[] args) {
        boolean full = args.length > 0 && args[0].equals("full");
        try (ReplicaFixture fixture = new ReplicaFixture(20_000, 2)) {
            List<PairedComparison.Result> results = List.of(
                    PairedComparison.compare("read-only find by id: routed vs replica alone", "routed",
                            () -> ReplicaFixture.find(fixture.routed, fixture.randomId()), "replica alone",
                            () -> ReplicaFixture.find(fixture.replicaOnly, fixture.randomId()),
                            full ? 5_000 : 2_000, full ? 20_000 : 5_000),
                    PairedComparison.compare("the same, sides swapped", "replica alone",
                            () -> ReplicaFixture.find(fixture.replicaOnly, fixture.randomId()), "routed",
                            () -> ReplicaFixture.find(fixture.routed, fixture.randomId()),
                            full ? 5_000 : 2_000, full ? 20_000 : 5_000),
                    PairedComparison.compare("read-only find by id: routed (replica) vs primary alone", "routed",
                            () -> ReplicaFixture.find(fixture.routed, fixture.randomId()), "primary alone",
                            () -> ReplicaFixture.find(fixture.primaryOnly, fixture.randomId()),
                            full ? 5_000 : 2_000, full ? 20_000 : 5_000),
                    PairedComparison.compare("read-only page of 50: routed (replica) vs primary alone", "routed",
                            () -> ReplicaFixture.page(fixture.routed), "primary alone",
                            () -> ReplicaFixture.page(fixture.primaryOnly), full ? 1_000 : 500, full ? 5_000 : 2_000));
            System.out.println("Routing overhead, time A / time B per read-only transaction (paired):");
            System.out.println(PairedComparison.table(results));
        }
    }
}
