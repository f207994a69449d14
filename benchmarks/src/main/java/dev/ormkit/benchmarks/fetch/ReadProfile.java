package dev.ormkit.benchmarks.fetch;

import java.util.Locale;

/**
 * Where a fetch-planned page's time goes, for profiling (not a published figure). By default it repeats each side
 * named in the environment variable {@code SIDES} (default: ormkit's page, the hand-written JDBC page, ormkit's
 * page again, the read-only page; also {@code hibernateBatchFetch}, {@code ormkitRootOnly},
 * {@code hibernateRootOnly}) for a while; run it under JFR with {@code -Dbenchmark.heap=-XX:StartFlightRecording=...}.
 * {@code -Dbenchmark.mode=paired} instead compares ormkit's pages and Hibernate's batch fetch with the hand-written
 * page, 1,000 alternating pairs each. {@code -Dbenchmark.main=dev.ormkit.benchmarks.fetch.ReadProfile}.
 */
public final class ReadProfile {

    private ReadProfile() {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 1 && args[1].matches("\\d+") ? Long.parseLong(args[1]) : 20;
        PageVsJdbcBenchmark reads = new PageVsJdbcBenchmark();
        reads.parents = 2000;
        reads.seed();
        try {
            if (args.length > 0 && args[0].equals("paired")) {
                for (String side : new String[] {"ormkitFetchPlan", "ormkitFetchPlanReadOnly", "hibernateBatchFetch"}) {
                    dev.ormkit.benchmarks.PairedComparison.Result result = dev.ormkit.benchmarks.PairedComparison
                            .compare(side, side, () -> run(reads, side), "handWrittenJdbc", () -> run(reads,
                                    "handWrittenJdbc"), 200, 1000);
                    System.out.printf(Locale.ROOT, "%s vs handWrittenJdbc: time ratio p10 %.2f p50 %.2f p90 %.2f%n",
                            side, result.ratios()[0], result.ratios()[2], result.ratios()[4]);
                }
                return;
            }
            String[] sides = System.getenv().getOrDefault("SIDES",
                    "ormkitFetchPlan,handWrittenJdbc,ormkitFetchPlan,ormkitFetchPlanReadOnly").split(",");
            for (String side : sides) {
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                int operations = 0;
                long start = System.nanoTime();
                while (System.nanoTime() < end) {
                    run(reads, side);
                    operations++;
                }
                System.out.printf(Locale.ROOT, "%s: %d operations, %.3f ms each%n", side, operations,
                        (System.nanoTime() - start) / 1e6 / operations);
            }
        } finally {
            reads.drop();
        }
    }

    private static int run(PageVsJdbcBenchmark reads, String side) {
        try {
            return switch (side) {
                case "handWrittenJdbc" -> reads.handWrittenJdbc();
                case "ormkitRootOnly" -> reads.ormkitRootOnly();
                case "hibernateRootOnly" -> reads.hibernateRootOnly();
                case "hibernateBatchFetch" -> reads.hibernateBatchFetch();
                case "ormkitFetchPlanReadOnly" -> reads.ormkitFetchPlanReadOnly();
                default -> reads.ormkitFetchPlan();
            };
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
