package dev.ormkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.junit.jupiter.api.Test;

/** Runs every benchmark once, in this JVM, with tiny sizes, so that none of them can rot unnoticed. */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOnceWithTinySizes() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev\\.ormkit\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(1)
                .mode(Mode.SingleShotTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .param("rows", "2000")
                .param("existing", "1000")
                .param("batch", "100")
                .param("parents", "200")
                .shouldFailOnError(true)
                .build()).run();

        assertThat(results).isNotEmpty();
        assertThat(Benchmarks.ratios(results)).contains("peer").contains("×");
    }

    @Test
    void pairedComparisonsRunWithTinySizes() {
        var results = PairedComparison.targets(2000, 5, 20, 200, 2);
        assertThat(results).hasSize(12).allSatisfy(result -> assertThat(java.util.Arrays.stream(result.ratios()).allMatch(r -> r > 0)).isTrue());
        assertThat(PairedComparison.table(results)).contains("soft-delete filter vs none").contains("p50")
                .contains("ormkitSaveAll vs hibernatePersist").contains("ormkitFetchPlan vs hibernateBatchFetch");
    }

    @Test
    void indexSizeReportMeasuresThreeKindsOfKeys() {
        assertThat(dev.ormkit.benchmarks.keys.IndexSizeReport.measure(2000).lines()).hasSize(5);
    }
}
