package dev.ormkit.benchmarks.write;

import dev.ormkit.benchmarks.PairedComparison;
import dev.ormkit.core.write.internal.StatelessBatch;
import java.util.Locale;

/**
 * Where insert time goes, for profiling (not a published figure): {@code loop <path> <seconds>} repeats one insert
 * path of 10,000 rows for a while (run it under JFR or a profiler); {@code sweep} compares BatchInsert's JDBC batch
 * sizes with raw JDBC batch 50, paired. Run:
 * {@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.main=dev.ormkit.benchmarks.write.InsertProfile
 * -Dbenchmark.mode=sweep}.
 */
public final class InsertProfile {

    private InsertProfile() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "sweep";
        InsertBenchmark inserts = new InsertBenchmark();
        inserts.rows = 10_000;
        inserts.start();
        try {
            if (mode.equals("ab")) {
                int a = Integer.parseInt(args[1]);
                int b = Integer.parseInt(args[2]);
                PairedComparison.Result result = PairedComparison.compare("batch " + a + " vs " + b, "a",
                        () -> inserts.orm().fromTransaction(session -> StatelessBatch.write(session,
                                inserts.readings().iterator(), a)),
                        "b", () -> inserts.orm().fromTransaction(session -> StatelessBatch.write(session,
                                inserts.readings().iterator(), b)), inserts::newEntities, 3, 40);
                System.out.printf(Locale.ROOT, "BatchInsert batch %d vs batch %d: time ratio p10 %.3f p25 %.3f p50 %.3f p75 %.3f p90 %.3f%n",
                        a, b, result.ratios()[0], result.ratios()[1], result.ratios()[2], result.ratios()[3], result.ratios()[4]);
            } else if (mode.equals("persist")) {
                for (String size : (args.length > 1 ? args[1] : "50,256").split(",")) {
                    int batch = Integer.parseInt(size);
                    PairedComparison.Result result = PairedComparison.compare("saveAll batch " + batch, "saveAll",
                            () -> inserts.orm().fromTransaction(session -> {
                                session.setJdbcBatchSize(batch);
                                return new dev.ormkit.core.repository.EntityRepository<>(Reading.class, () -> session)
                                        .saveAll(inserts.readings());
                            }), "rawJdbcBatch", () -> raw(inserts), inserts::newEntities, 3, 20);
                    System.out.printf(Locale.ROOT, "saveAll at batch %4d vs raw JDBC batch 50: time ratio p10 %.3f p50 %.3f p90 %.3f%n",
                            batch, result.ratios()[0], result.ratios()[2], result.ratios()[4]);
                }
            } else if (mode.equals("sweep")) {
                String sizes = args.length > 1 && !args[1].isBlank() ? args[1] : "50,128,200,256,512,1000";
                for (int size : java.util.Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray()) {
                    PairedComparison.Result result = PairedComparison.compare("batch " + size, "batchInsert",
                            () -> inserts.orm().fromTransaction(session -> StatelessBatch.write(session,
                                    inserts.readings().iterator(), size)),
                            "rawJdbcBatch", () -> raw(inserts), inserts::newEntities, 5, 30);
                    System.out.printf(Locale.ROOT, "BatchInsert batch %4d vs raw JDBC batch 50: time ratio p10 %.3f p50 %.3f p90 %.3f%n",
                            size, result.ratios()[0], result.ratios()[2], result.ratios()[4]);
                }
            } else {
                String path = args.length > 1 ? args[1] : "ormkitBatchInsert";
                long seconds = args.length > 2 ? Long.parseLong(args[2]) : 30;
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                int operations = 0;
                long busy = 0;
                while (System.nanoTime() < end) {
                    inserts.newEntities();
                    long start = System.nanoTime();
                    switch (path) {
                        case "rawJdbcBatch" -> inserts.rawJdbcBatch();
                        case "ormkitSaveAll" -> inserts.ormkitSaveAll();
                        case "hibernatePersist" -> inserts.hibernatePersist();
                        case "ormkitBulkImportCopy" -> inserts.ormkitBulkImportCopy();
                        default -> inserts.ormkitBatchInsert();
                    }
                    busy += System.nanoTime() - start;
                    operations++;
                }
                System.out.printf(Locale.ROOT, "%s: %d operations, %.1f ms each%n", path, operations, busy / 1e6 / operations);
            }
        } finally {
            inserts.stop();
        }
    }

    private static int raw(InsertBenchmark inserts) {
        try {
            return inserts.rawJdbcBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
