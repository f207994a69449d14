package dev.ormkit.benchmarks.replica;

import dev.ormkit.benchmarks.Benchmarks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link RoutingDecisionBenchmark} in nanoseconds (the project runner reports milliseconds, too coarse for a
 * pool borrow): {@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package
 * -Dbenchmark.main=dev.ormkit.benchmarks.replica.RoutingDecision}.
 */
public final class RoutingDecision {

    private RoutingDecision() {}

    public static void main(String[] args) throws RunnerException {
        System.out.println(Benchmarks.ratios(new Runner(new OptionsBuilder()
                .include(RoutingDecisionBenchmark.class.getName())
                .mode(Mode.AverageTime).timeUnit(TimeUnit.NANOSECONDS)
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(10).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true).build()).run()));
    }
}
