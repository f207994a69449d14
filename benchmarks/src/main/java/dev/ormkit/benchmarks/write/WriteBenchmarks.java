package dev.ormkit.benchmarks.write;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link WriteBenchmark} and prints each path's throughput as a ratio to raw JDBC batches.
 * {@code -Dquick=true}: one fork, short iterations (a few minutes); otherwise 2 forks, 5 x 5 s.
 */
public final class WriteBenchmarks {

    private WriteBenchmarks() {}

    /** Entry point for {@code mvn -pl benchmarks exec:exec}. */
    public static void main(String[] args) throws RunnerException {
        boolean quick = Boolean.getBoolean("quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(WriteBenchmark.class.getName())
                .forks(quick ? 1 : 2)
                .warmupIterations(quick ? 3 : 5).warmupTime(TimeValue.seconds(quick ? 2 : 5))
                .measurementIterations(quick ? 5 : 5).measurementTime(TimeValue.seconds(quick ? 3 : 5))
                .jvmArgsAppend("-Xmx1g");
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> millis = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            millis.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        double base50 = millis.getOrDefault("jdbcBatch50", Double.NaN);
        double base200 = millis.getOrDefault("jdbcBatch200", Double.NaN);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s %10s %14s %15s%n", "path", "ms/10k", "vs jdbc 50", "vs jdbc 200");
        millis.forEach((name, ms) -> System.out.printf(Locale.ROOT, "%-20s %10.1f %13.2fx %14.2fx%n",
                name, ms, base50 / ms, base200 / ms));
    }
}
