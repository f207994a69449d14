package dev.ormkit.benchmarks;

import dev.ormkit.benchmarks.fetch.PageVsJdbcBenchmark;
import dev.ormkit.benchmarks.paging.DeepPagingBenchmark;
import dev.ormkit.benchmarks.softdelete.SoftDeleteFilterBenchmark;
import dev.ormkit.benchmarks.write.InsertBenchmark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Ratios of sub-millisecond operations, measured in alternation: A, B, A, B, ... each timed on its own, then
 * compared percentile by percentile. JMH measures one method after another, so on a shared machine a drift in
 * the database's or the host's speed between two methods can be larger than the difference being measured
 * (JMH's error bars on the 0.3 ms paging queries are ±30%). Alternating puts both sides under the same
 * conditions; the JMH table still reports each method's own time.
 */
public final class PairedComparison {

    private PairedComparison() {}

    /**
     * One comparison's result: the ratio of A's time to B's at several percentiles ({@code ratios}: percentile of
     * A over the same percentile of B), the same percentiles of the ratio within each pair ({@code pairRatios}:
     * A_i / B_i, the two measured back to back, so monotone and a direct measure of the noise), and the means.
     */
    public record Result(String name, String a, String b, double[] ratios, double[] pairRatios, double meanA,
            double meanB) {

        /** A markdown table row: name, both mean times in ms, the ratios (above 1: A is slower). */
        String row() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "| %s | %s vs %s | %.3f / %.3f |",
                    name, a, b, meanA, meanB));
            for (double ratio : ratios) {
                text.append(String.format(Locale.ROOT, " %.3f |", ratio));
            }
            return text.append(String.format(Locale.ROOT, " %.3f | %.3f–%.3f–%.3f |", meanA / meanB, pairRatios[0],
                    pairRatios[2], pairRatios[4])).toString();
        }
    }

    private static final double[] PERCENTILES = {0.10, 0.25, 0.50, 0.75, 0.90};

    /** Times {@code a} and {@code b} alternately, {@code samples} times each after {@code warmup} pairs. */
    public static Result compare(String name, String aName, Supplier<?> a, String bName, Supplier<?> b, int warmup,
            int samples) {
        return compare(name, aName, a, bName, b, () -> {}, warmup, samples);
    }

    /** As {@link #compare(String, String, Supplier, String, Supplier, int, int)}, running {@code before} untimed before each operation. */
    public static Result compare(String name, String aName, Supplier<?> aOperation, String bName, Supplier<?> b,
            Runnable before, int warmup, int samples) {
        Supplier<?> a = planted(aOperation);
        for (int i = 0; i < warmup; i++) {
            before.run();
            a.get();
            before.run();
            b.get();
        }
        long[] aTimes = new long[samples];
        long[] bTimes = new long[samples];
        for (int i = 0; i < samples; i++) {
            // Alternate which side goes first too, so neither always follows the other.
            if (i % 2 == 0) {
                aTimes[i] = time(before, a);
                bTimes[i] = time(before, b);
            } else {
                bTimes[i] = time(before, b);
                aTimes[i] = time(before, a);
            }
        }
        double[] pairs = new double[samples];
        for (int i = 0; i < samples; i++) {
            pairs[i] = (double) aTimes[i] / bTimes[i];
        }
        Arrays.sort(pairs);
        Arrays.sort(aTimes);
        Arrays.sort(bTimes);
        double[] ratios = new double[PERCENTILES.length];
        double[] pairRatios = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            int index = Math.min(samples - 1, (int) (PERCENTILES[i] * samples));
            ratios[i] = (double) aTimes[index] / bTimes[index];
            pairRatios[i] = pairs[index];
        }
        return new Result(name, aName, bName, ratios, pairRatios, mean(aTimes) / 1e6, mean(bTimes) / 1e6);
    }

    private static long time(Runnable before, Supplier<?> operation) {
        before.run();
        long start = System.nanoTime();
        operation.get();
        return System.nanoTime() - start;
    }

    /**
     * Side A with the planted slowdown of {@code -Dbenchmark.slowdown=<percent>} (default 0): after each
     * operation it spins for that share of the operation's time. It exists to prove that the regression check
     * fails on a slowdown; it lives here, in the harness, and never in ormkit's code.
     */
    static Supplier<?> planted(Supplier<?> a) {
        double percent = Double.parseDouble(System.getProperty("benchmark.slowdown", "0"));
        if (percent <= 0) {
            return a;
        }
        return () -> {
            long start = System.nanoTime();
            Object result = a.get();
            long until = System.nanoTime() + (long) ((System.nanoTime() - start) * percent / 100);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return result;
        };
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * The paired checks of the targets the JMH table cannot settle on a shared machine: inserts against raw
     * JDBC, a page with two collections against hand-written JDBC, a keyset page at the end against page 1,
     * and the soft-delete filter against no filter. {@code rows} sizes the paging tables; inserts write
     * {@code insertRows} rows, {@code insertPairs} times each way.
     */
    public static List<Result> targets(int rows, int warmup, int samples, int insertRows, int insertPairs) {
        List<Result> results = new ArrayList<>();
        InsertBenchmark inserts = new InsertBenchmark();
        inserts.rows = insertRows;
        inserts.start();
        try {
            int insertWarmup = Math.max(1, insertPairs / 5);
            results.add(compare("insert " + inserts.rows + " rows: ormkit BatchInsert vs raw JDBC batch",
                    "ormkitBatchInsert", inserts::ormkitBatchInsert, "rawJdbcBatch", () -> rawJdbcBatch(inserts),
                    inserts::newEntities, insertWarmup, insertPairs));
            results.add(compare("insert " + inserts.rows + " rows: ormkit saveAll (managed) vs raw JDBC batch",
                    "ormkitSaveAll", inserts::ormkitSaveAll, "rawJdbcBatch", () -> rawJdbcBatch(inserts),
                    inserts::newEntities, insertWarmup, insertPairs));
            results.add(compare("insert " + inserts.rows + " rows: ormkit saveAll vs Hibernate persist, same factory",
                    "ormkitSaveAll", inserts::ormkitSaveAll, "hibernatePersist", inserts::hibernatePersist,
                    inserts::newEntities, insertWarmup, insertPairs));
            results.add(compare("insert " + inserts.rows + " rows: ormkit BulkImport (COPY) vs raw JDBC batch",
                    "ormkitBulkImportCopy", inserts::ormkitBulkImportCopy, "rawJdbcBatch",
                    () -> rawJdbcBatch(inserts), inserts::newEntities, insertWarmup, insertPairs));
        } finally {
            inserts.stop();
        }
        // A page takes 2–5 ms: as many warm-up pairs as the 0.3 ms paging queries get, so C2 has compiled the read
        // path before the pairs are timed (with a tenth of them, the first page comparison of a run measured 4.6×
        // where a warm one measures 3.4×).
        PageVsJdbcBenchmark reads = new PageVsJdbcBenchmark();
        reads.parents = 2000;
        reads.seed();
        try {
            results.add(compare("page of 50 parents with two collections: ormkit fetch plan vs hand-written JDBC",
                    "ormkitFetchPlan", reads::ormkitFetchPlan, "handWrittenJdbc", () -> handWritten(reads),
                    warmup, Math.max(1, samples / 4)));
            results.add(compare("the same page in a read-only session vs hand-written JDBC",
                    "ormkitFetchPlanReadOnly", reads::ormkitFetchPlanReadOnly, "handWrittenJdbc",
                    () -> handWritten(reads), warmup, Math.max(1, samples / 4)));
            results.add(compare("the same page: ormkit fetch plan vs plain Hibernate batch fetch",
                    "ormkitFetchPlan", reads::ormkitFetchPlan, "hibernateBatchFetch", reads::hibernateBatchFetch,
                    warmup, Math.max(1, samples / 4)));
        } finally {
            reads.drop();
        }
        DeepPagingBenchmark paging = new DeepPagingBenchmark();
        paging.rows = rows;
        paging.seed();
        try {
            results.add(compare("keyset page at the end vs page 1 (Hibernate HQL)", "keysetDeepPage",
                    paging::keysetDeepPage, "keysetFirstPage", paging::keysetFirstPage, warmup, samples));
            results.add(compare("keyset page at the end vs page 1 written as the same query", "keysetDeepPage",
                    paging::keysetDeepPage, "keysetFirstPageSameQuery", paging::keysetFirstPageSameQuery, warmup,
                    samples));
            results.add(compare("keyset page at the end vs page 1 (ormkit scroll)", "ormkitScrollDeepPage",
                    paging::ormkitScrollDeepPage, "ormkitScrollFirstPage", paging::ormkitScrollFirstPage, warmup,
                    samples));
        } finally {
            paging.drop();
        }
        SoftDeleteFilterBenchmark softDelete = new SoftDeleteFilterBenchmark();
        softDelete.rows = rows;
        softDelete.seed();
        try {
            results.add(compare("soft-delete filter vs none", "liveRowsPage", softDelete::liveRowsPage,
                    "unfilteredPage", softDelete::unfilteredPage, warmup, samples));
            results.add(compare("a filter enabled in the session (ormkit before the fix) vs none",
                    "filterEnabledPage", softDelete::filterEnabledPage, "unfilteredPage", softDelete::unfilteredPage,
                    warmup, samples));
        } finally {
            softDelete.drop();
        }
        return results;
    }

    private static int handWritten(PageVsJdbcBenchmark reads) {
        try {
            return reads.handWrittenJdbc();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rawJdbcBatch(InsertBenchmark inserts) {
        try {
            return inserts.rawJdbcBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The results as a markdown table. */
    public static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("| comparison | A vs B | mean ms A / B |");
        for (double percentile : PERCENTILES) {
            table.append(String.format(Locale.ROOT, " p%.0f A/B |", percentile * 100));
        }
        table.append(" mean A/B | per pair p10–p50–p90 |\n|---|---|---|").append("---|".repeat(PERCENTILES.length + 2))
                .append('\n');
        results.forEach(result -> table.append(result.row()).append('\n'));
        return table.toString();
    }
}
