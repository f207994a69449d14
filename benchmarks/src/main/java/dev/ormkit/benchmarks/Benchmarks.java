package dev.ormkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs ormkit's JMH benchmarks and prints each result as a ratio against the peer measured in the same run.
 *
 * <p>{@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package} runs the quick mode (a few minutes on 2 cores);
 * add {@code -Dbenchmark.mode=full} for more iterations and forks, {@code -Dbenchmark.include=Paging} to run
 * some. Each benchmark class names its peer in a {@link Peer} annotation: ratios are the peer's time per
 * operation divided by the method's (above 1: faster than the peer).
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        System.out.println("Load average (1, 5, 15 min) at start: " + Machine.load() + "; " + Machine.describe());
        String mode = args.length > 0 ? args[0] : "quick";
        String include = args.length > 1 ? args[1] : ".*";
        if (mode.equals("check") || mode.equals("record")) {
            System.exit(checkOrRecord(mode));
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("dev\\.ormkit\\.benchmarks\\..*(" + include + ").*")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(true);
        if (mode.equals("full")) {
            options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(5));
        } else if (mode.equals("quick")) {
            // Many short iterations rather than a few long ones: the same time, a much tighter error estimate.
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(1));
        } else {
            throw new IllegalArgumentException("mode must be quick or full, not " + mode);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println(ratios(results));
        if ("Insert DeepPaging SoftDeleteFilter Paired".matches(".*(" + include + ").*")) {
            boolean full = mode.equals("full");
            System.out.println("Paired (alternating) measurements of the targets, time A / time B (1,000,000 rows; "
                    + "inserts: 10,000):");
            List<PairedComparison.Result> paired = PairedComparison.targets(1_000_000, full ? 5_000 : 2_000,
                    full ? 20_000 : 5_000, 10_000, full ? 200 : 100);
            System.out.println(PairedComparison.table(paired));
            if (include.equals(".*")) {
                ChartRun.write(paired, java.nio.file.Path.of(System.getProperty("benchmark.charts", "charts")), 1_000_000);
            }
        }
        if (include.equals(".*") || "IndexSize".matches(".*(" + include + ").*")) {
            System.out.println("Primary-key index size after 1,000,000 single-row inserts in batches of 1000:");
            System.out.println(dev.ormkit.benchmarks.keys.IndexSizeReport.measure(1_000_000));
        }
    }

    /**
     * The regression check ({@code check}) or the recording of its baseline ({@code record}), see
     * {@link RegressionCheck}. Returns the process exit code: 1 when the check found a regression.
     */
    private static int checkOrRecord(String mode) throws java.io.IOException {
        java.nio.file.Path baseline = java.nio.file.Path.of(System.getProperty("benchmark.baseline", "baseline.json"));
        String load = Machine.load();
        long start = System.nanoTime();
        List<PairedComparison.Result> results = RegressionCheck.measure();
        System.out.println(PairedComparison.table(results));
        System.out.printf(Locale.ROOT, "Measured in %.0f s; load before: %s; after: %s%n",
                (System.nanoTime() - start) / 1e9, load, Machine.load());
        if (mode.equals("record")) {
            RegressionCheck.record(results, baseline, Machine.describe() + "; load " + load);
            System.out.println("Recorded the baseline in " + baseline.toAbsolutePath());
            ChartRun.write(results, java.nio.file.Path.of(System.getProperty("benchmark.charts", "charts")), 200_000);
            return 0;
        }
        StringBuilder report = new StringBuilder();
        List<String> failures = RegressionCheck.compare(results, RegressionCheck.read(baseline), report);
        System.out.println(report);
        if (failures.isEmpty()) {
            System.out.println("Regression check passed against " + baseline.toAbsolutePath());
            return 0;
        }
        System.out.println("Regression check FAILED against " + baseline.toAbsolutePath() + ":");
        failures.forEach(failure -> System.out.println("  " + failure));
        return 1;
    }

    /** A markdown table: benchmark, ms/op, ratio against the class's peer. */
    public static String ratios(Collection<RunResult> results) {
        Map<String, List<RunResult>> byGroup = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String group = label.substring(0, label.lastIndexOf('.')) + params(result);
            byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(result);
        }
        StringBuilder table = new StringBuilder("| benchmark | params | ms/op | ratio vs peer |\n|---|---|---|---|\n");
        byGroup.forEach((group, runs) -> {
            String className = group.contains(" ") ? group.substring(0, group.indexOf(' ')) : group;
            String peer = peerOf(className);
            double peerScore = runs.stream().filter(r -> method(r).equals(peer)).mapToDouble(r -> score(r))
                    .findFirst().orElse(Double.NaN);
            for (RunResult run : runs) {
                table.append(String.format(Locale.ROOT, "| %s.%s | %s | %.3f ± %.3f | %s |%n",
                        className.substring(className.lastIndexOf('.') + 1), method(run), params(run).trim(),
                        score(run), run.getPrimaryResult().getScoreError(),
                        method(run).equals(peer) ? "peer" : String.format(Locale.ROOT, "%.2f×", peerScore / score(run))));
            }
        });
        return table.toString();
    }

    private static String peerOf(String className) {
        try {
            Peer peer = Class.forName(className).getAnnotation(Peer.class);
            return peer == null ? "" : peer.value();
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    private static String method(RunResult result) {
        String label = result.getParams().getBenchmark();
        return label.substring(label.lastIndexOf('.') + 1);
    }

    private static double score(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    private static String params(RunResult result) {
        StringBuilder text = new StringBuilder();
        for (String key : result.getParams().getParamsKeys()) {
            text.append(' ').append(key).append('=').append(result.getParams().getParam(key));
        }
        return text.toString();
    }
}
