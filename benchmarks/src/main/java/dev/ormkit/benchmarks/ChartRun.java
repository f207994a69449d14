package dev.ormkit.benchmarks;

import dev.ormkit.benchmarks.fetch.StatementsPerPage;
import dev.ormkit.benchmarks.paging.DeepPagingBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the three charts that docs/benchmarks.md embeds, from the run's own measurements. */
final class ChartRun {

    /** Depths as shares of the table: page 1, 1%, 10%, 25%, 50%, 75% and the last page. */
    static final double[] DEPTHS = {0, 0.01, 0.10, 0.25, 0.50, 0.75, 1.0};

    private ChartRun() {}

    static void write(List<PairedComparison.Result> paired, Path directory, int rows) throws IOException {
        Files.createDirectories(directory);
        List<Charts.Spread> spreads = new ArrayList<>();
        for (PairedComparison.Result result : paired) {
            Double target = RegressionCheck.TARGETS.get(RegressionCheck.key(result));
            spreads.add(new Charts.Spread(result.name(), result.pairRatios()[0], result.pairRatios()[2], result.pairRatios()[4],
                    target == null ? Double.NaN : target));
        }
        Files.writeString(directory.resolve("paired-ratios.svg"),
                Charts.ratios("Paired ratios: time A / time B per pair (p10–p90, dot at p50)", spreads));

        DeepPagingBenchmark paging = new DeepPagingBenchmark();
        paging.rows = rows;
        paging.seed();
        double[] depths = new double[DEPTHS.length];
        double[] keyset = new double[DEPTHS.length];
        double[] offset = new double[DEPTHS.length];
        try {
            for (int i = 0; i < DEPTHS.length; i++) {
                int depth = (int) Math.min(DEPTHS[i] * rows, rows - DeepPagingBenchmark.PAGE);
                double[] millis = paging.keysetAndOffsetMillis(depth, depth > rows / 4 ? 7 : 31);
                depths[i] = depth;
                keyset[i] = millis[0];
                offset[i] = millis[1];
                System.out.printf(java.util.Locale.ROOT, "depth %,d: keyset %.3f ms, offset %.3f ms%n", depth,
                        millis[0], millis[1]);
            }
        } finally {
            paging.drop();
        }
        Files.writeString(directory.resolve("keyset-vs-offset.svg"), Charts.lines(
                "A page of 50 at increasing depth, " + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows (median ms)",
                "rows skipped", "ms per page (log scale)",
                List.of(new Charts.Series("offset (limit 50 offset n)", "#d62728", depths, offset),
                        new Charts.Series("keyset ((title, id) > (:t, :id) limit 50)", "#2ca02c", depths, keyset))));

        List<Charts.Bar> bars = new ArrayList<>();
        StatementsPerPage.measure().forEach((approach, count) -> {
            bars.add(new Charts.Bar(approach, count));
            System.out.println("statements per page, " + approach + ": " + count);
        });
        Files.writeString(directory.resolve("statements-per-page.svg"), Charts.bars(
                "SELECT statements for one page of 50 parents with two collections", "statements", bars));
        System.out.println("Charts written to " + directory.toAbsolutePath());
    }
}
