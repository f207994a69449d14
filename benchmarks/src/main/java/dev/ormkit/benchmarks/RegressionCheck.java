package dev.ormkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quick regression check: the paired ratios of the targets, measured small enough to run on every change
 * (under 3 minutes on 2 shared cores), compared with the figures last recorded in {@code benchmarks/baseline.json}.
 *
 * <p>A comparison fails when its median time ratio (A_i / B_i over the pairs, each pair measured back to back) is
 * worse than the recorded median by more than the measured noise: half the recorded interquartile range of the
 * per-pair ratios, at least {@value #MIN_NOISE}. A target the baseline already
 * misses is reported but does not fail the check (the baseline records it; the docs say why); a target the
 * baseline met and the new run misses by more than the noise fails through the same rule.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.mode=check     # compare, fail on regression
 * ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.mode=record    # measure and write the baseline
 * </pre>
 */
public final class RegressionCheck {

    static final double MIN_NOISE = 0.03;

    /** Upper bounds of time A / time B for the comparisons that have a target (issue 22). */
    static final Map<String, Double> TARGETS = Map.of(
            "ormkitBatchInsert vs rawJdbcBatch", 1.0,
            "ormkitSaveAll vs rawJdbcBatch", 1 / 0.85,
            "ormkitBulkImportCopy vs rawJdbcBatch", 1 / 2.5,
            "ormkitFetchPlan vs handWrittenJdbc", 1.5,
            "ormkitFetchPlanReadOnly vs handWrittenJdbc", 1.5,
            "ormkitScrollDeepPage vs ormkitScrollFirstPage", 1.2,
            "keysetDeepPage vs keysetFirstPageSameQuery", 1.2,
            "liveRowsPage vs unfilteredPage", 1.05);

    /** One recorded comparison: its key ("a vs b"), the p25, p50 and p75 of the per-pair time ratios. */
    record Recorded(String key, double p25, double p50, double p75) {

        /** Half the interquartile range of the per-pair ratios, at least {@value #MIN_NOISE}. */
        double noise() {
            return Math.max(MIN_NOISE, (p75 - p25) / 2);
        }
    }

    private RegressionCheck() {}

    /** The measurements of the check: smaller tables and fewer samples than the quick mode, the same comparisons. */
    static List<PairedComparison.Result> measure() {
        return PairedComparison.targets(100_000, 500, 2_000, 10_000, 30);
    }

    static String key(PairedComparison.Result result) {
        return result.a() + " vs " + result.b();
    }

    /** Writes the results as the new baseline. */
    static void record(List<PairedComparison.Result> results, Path file, String machine) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"recorded\": \"").append(Instant.now()).append("\",\n")
                .append("  \"machine\": \"").append(machine.replace("\"", "'")).append("\",\n  \"comparisons\": [\n");
        for (int i = 0; i < results.size(); i++) {
            PairedComparison.Result result = results.get(i);
            double[] r = result.pairRatios();
            json.append(String.format(Locale.ROOT,
                    "    {\"key\": \"%s\", \"p25\": %.4f, \"p50\": %.4f, \"p75\": %.4f}%s%n", key(result), r[1], r[2],
                    r[3], i + 1 < results.size() ? "," : ""));
        }
        Files.writeString(file, json.append("  ]\n}\n").toString());
    }

    static Map<String, Recorded> read(Path file) throws IOException {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("\\{\"key\": \"([^\"]+)\", \"p25\": ([0-9.]+), \"p50\": ([0-9.]+), \"p75\": ([0-9.]+)\\}")
                .matcher(Files.readString(file));
        while (entry.find()) {
            recorded.put(entry.group(1), new Recorded(entry.group(1), Double.parseDouble(entry.group(2)),
                    Double.parseDouble(entry.group(3)), Double.parseDouble(entry.group(4))));
        }
        return recorded;
    }

    /** Compares with the baseline; returns the failures (empty: passed) and prints a table to {@code report}. */
    static List<String> compare(List<PairedComparison.Result> results, Map<String, Recorded> baseline,
            StringBuilder report) {
        List<String> failures = new ArrayList<>();
        report.append("| comparison (time A / B, per pair) | baseline p50 | now p25 / p50 / p75 | noise | target | verdict |\n")
                .append("|---|---|---|---|---|---|\n");
        for (PairedComparison.Result result : results) {
            String key = key(result);
            Recorded base = baseline.get(key);
            double now = result.pairRatios()[2];
            Double target = TARGETS.get(key);
            String verdict;
            if (base == null) {
                verdict = "no baseline (record one)";
                failures.add(key + ": no recorded figure in the baseline");
            } else if (now > base.p50() + base.noise()) {
                verdict = String.format(Locale.ROOT, "**REGRESSED** by %.3f (> noise %.3f)", now - base.p50(),
                        base.noise());
                failures.add(key + String.format(Locale.ROOT, ": %.3f now, %.3f recorded, noise %.3f", now,
                        base.p50(), base.noise()));
            } else {
                verdict = "ok";
            }
            if (target != null && now > target) {
                verdict += base != null && base.p50() > target ? "; target missed, as recorded" : "; target missed";
            }
            report.append(String.format(Locale.ROOT, "| %s | %s | %.3f / %.3f / %.3f | %s | %s | %s |%n", key,
                    base == null ? "–" : String.format(Locale.ROOT, "%.3f", base.p50()), result.pairRatios()[1], now,
                    result.pairRatios()[3], base == null ? "–" : String.format(Locale.ROOT, "%.3f", base.noise()),
                    target == null ? "–" : String.format(Locale.ROOT, "≤ %.3f", target), verdict));
        }
        return failures;
    }
}
