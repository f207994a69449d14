package dev.ormkit.benchmarks.write;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Text vs binary COPY of the benchmark rows with raw pgjdbc (no mapping model): which format to build
 * {@code BulkImport} on. Plain timing loop (medians of interleaved rounds), not a JMH benchmark: it decides
 * a format, it is not a published claim.
 * {@code ./mvnw -q -pl benchmarks -am -Pbenchmarks package -Dbenchmark.main=dev.ormkit.benchmarks.write.CopyFormatProbe}
 */
public final class CopyFormatProbe {

    static final int ROWS = 10_000;


    private static final String COLUMNS = "(id, created_at, updated_at, version, title, price, pages, kind, published)";
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final long PG_EPOCH_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();

    private CopyFormatProbe() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        String server = System.getProperty("ormkit.bench.server", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists ormkit_copyprobe");
            statement.execute("create database ormkit_copyprobe");
        }
        try (Connection c = DriverManager.getConnection(server + "ormkit_copyprobe", "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table bench_book (id uuid primary key, created_at timestamptz not null,"
                        + " updated_at timestamptz not null, version bigint not null, title varchar(255),"
                        + " price numeric(38,2), pages int not null, kind varchar(255), published date)");
            }
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<Long> text = new ArrayList<>();
            List<Long> binary = new ArrayList<>();
            for (int round = 0; round < 16; round++) {
                text.add(time(c, () -> copy.copyIn("COPY bench_book " + COLUMNS + " FROM STDIN",
                        new java.io.ByteArrayInputStream(textRows()))));
                binary.add(time(c, () -> copy.copyIn("COPY bench_book " + COLUMNS + " FROM STDIN (FORMAT binary)",
                        new java.io.ByteArrayInputStream(binaryRows()))));
            }
            // Same data either way? Load both formats and compare every column except the ids.
            copy.copyIn("COPY bench_book " + COLUMNS + " FROM STDIN", new java.io.ByteArrayInputStream(textRows()));
            copy.copyIn("COPY bench_book " + COLUMNS + " FROM STDIN (FORMAT binary)",
                    new java.io.ByteArrayInputStream(binaryRows()));
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from (select title, price,"
                    + " pages, kind, published, version, count(*) from bench_book group by 1,2,3,4,5,6"
                    + " having count(*) <> 2) d")) {
                rs.next();
                System.out.println("rows differing between text and binary: " + rs.getLong(1));
            }
            c.rollback();
            System.out.printf("10k rows, median of the last 11 of 16 rounds: text %.1f ms, binary %.1f ms%n",
                    median(text) / 1e6, median(binary) / 1e6);
        }
    }

    interface Work {
        long run() throws SQLException, IOException;
    }

    private static long time(Connection c, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        c.commit();
        long elapsed = System.nanoTime() - start;
        try (Statement s = c.createStatement()) {
            s.execute("truncate bench_book");
        }
        c.commit();
        return elapsed;
    }

    private static double median(List<Long> values) {
        long[] tail = values.subList(5, values.size()).stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(tail);
        return tail[tail.length / 2];
    }

    // Both builders include building the entity objects and encoding, as BulkImport does.
    private static byte[] textRows() {
        StringBuilder out = new StringBuilder();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < ROWS; i++) {
            BenchBook b = new BenchBook(i);
            out.append(b.getId()).append('\t').append(now).append('\t').append(now).append("\t0\t").append(b.title())
                    .append('\t').append(b.price().toPlainString()).append('\t').append(b.pages()).append('\t')
                    .append(b.kind().name()).append('\t').append(b.published()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binaryRows() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("PGCOPY\n\377\r\n\0");
        out.writeInt(0);
        out.writeInt(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now) - PG_EPOCH_MICROS;
        for (int i = 0; i < ROWS; i++) {
            BenchBook b = new BenchBook(i);
            out.writeShort(9);
            UUID id = b.getId();
            out.writeInt(16);
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
            out.writeInt(8);
            out.writeLong(micros);
            out.writeInt(8);
            out.writeLong(micros);
            out.writeInt(8);
            out.writeLong(0L);
            byte[] title = b.title().getBytes(StandardCharsets.UTF_8);
            out.writeInt(title.length);
            out.write(title);
            writeNumeric(out, b.price());
            out.writeInt(4);
            out.writeInt(b.pages());
            byte[] kind = b.kind().name().getBytes(StandardCharsets.UTF_8);
            out.writeInt(kind.length);
            out.write(kind);
            out.writeInt(4);
            out.writeInt((int) (b.published().toEpochDay() - PG_EPOCH_DAYS));
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    /** PostgreSQL numeric wire format: base-10000 digits, weight, sign, display scale. Non-negative only. */
    private static void writeNumeric(DataOutputStream out, BigDecimal value) throws IOException {
        int scale = Math.max(value.scale(), 0);
        BigInteger unscaled = value.unscaledValue();
        // Align to base-10000 groups: pad the fraction to a multiple of 4 digits.
        int fracGroups = (scale + 3) / 4;
        BigInteger aligned = unscaled.multiply(BigInteger.TEN.pow(fracGroups * 4 - scale));
        List<Integer> groups = new ArrayList<>();
        BigInteger tenK = BigInteger.valueOf(10_000);
        while (aligned.signum() > 0) {
            BigInteger[] qr = aligned.divideAndRemainder(tenK);
            groups.add(0, qr[1].intValue());
            aligned = qr[0];
        }
        int weight = groups.size() - fracGroups - 1;
        while (!groups.isEmpty() && groups.get(groups.size() - 1) == 0) {
            groups.remove(groups.size() - 1);
        }
        out.writeInt(8 + 2 * groups.size());
        out.writeShort(groups.size());
        out.writeShort(groups.isEmpty() ? 0 : weight);
        out.writeShort(0);
        out.writeShort(scale);
        for (int g : groups) {
            out.writeShort(g);
        }
    }
}
