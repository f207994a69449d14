package dev.ormkit.benchmarks.fetch;

import java.util.Locale;

/**
 * Where a fetch-planned page's time goes, for profiling (not a published figure): repeats ormkit's page and
 * the hand-written JDBC page for a while each; run it under JFR. {@code -Dbenchmark.main=dev.ormkit.benchmarks.fetch.ReadProfile}.
 */
public final class ReadProfile {

    private ReadProfile() {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 1 && args[1].matches("\\d+") ? Long.parseLong(args[1]) : 20;
        PageVsJdbcBenchmark reads = new PageVsJdbcBenchmark();
        reads.parents = 2000;
        reads.seed();
        try {
            for (String side : new String[] {"ormkitFetchPlan", "handWrittenJdbc", "ormkitFetchPlan",
                    "ormkitFetchPlanReadOnly"}) {
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                int operations = 0;
                long start = System.nanoTime();
                while (System.nanoTime() < end) {
                    if (side.equals("handWrittenJdbc")) {
                        reads.handWrittenJdbc();
                    } else if (side.equals("ormkitFetchPlanReadOnly")) {
                        reads.ormkitFetchPlanReadOnly();
                    } else {
                        reads.ormkitFetchPlan();
                    }
                    operations++;
                }
                System.out.printf(Locale.ROOT, "%s: %d operations, %.3f ms each%n", side, operations,
                        (System.nanoTime() - start) / 1e6 / operations);
            }
        } finally {
            reads.drop();
        }
    }
}
