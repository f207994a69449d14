package dev.ormkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's rule on made-up figures: worse than recorded by more than the noise fails, anything else passes. */
class RegressionCheckTest {

    private static PairedComparison.Result result(String a, double p50) {
        double[] pairs = {p50 - 0.1, p50 - 0.05, p50, p50 + 0.05, p50 + 0.1};
        return new PairedComparison.Result(a + " vs peer", a, "peer", pairs, pairs, 1, 1);
    }

    @Test
    void aRecordedBaselineReadsBackAndPassesItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        List<PairedComparison.Result> results = List.of(result("fast", 0.8), result("slow", 1.3));
        RegressionCheck.record(results, file, "test machine");

        assertThat(Files.readString(file)).contains("\"key\": \"fast vs peer\", \"p25\": 0.7500, \"p50\": 0.8000");
        assertThat(RegressionCheck.compare(results, RegressionCheck.read(file), new StringBuilder())).isEmpty();
    }

    @Test
    void aMedianWorseThanRecordedByMoreThanTheNoiseFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        RegressionCheck.record(List.of(result("fast", 0.8), result("slow", 1.3)), file, "test machine");
        StringBuilder report = new StringBuilder();

        List<String> failures = RegressionCheck.compare(List.of(result("fast", 0.84), result("slow", 1.5)),
                RegressionCheck.read(file), report);

        assertThat(failures).singleElement().asString().startsWith("slow vs peer: 1.500 now, 1.300 recorded, noise 0.050");
        assertThat(report).contains("**REGRESSED** by 0.200").contains("| fast vs peer | 0.800 |");
    }

    @Test
    void aComparisonMissingFromTheBaselineFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        RegressionCheck.record(List.of(result("fast", 0.8)), file, "test machine");

        assertThat(RegressionCheck.compare(List.of(result("new", 1.0)), RegressionCheck.read(file), new StringBuilder()))
                .singleElement().asString().contains("no recorded figure");
    }
}
