package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both COPY formats write every supported type exactly as {@code persist} does: each case is written twice, once
 * by {@code persist} and once by {@code BulkImport}, and the two rows must be equal column by column as PostgreSQL
 * stores them ({@code to_jsonb} of the row without its id: exact text of numerics, floats, timestamps, bytea).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportFormatsTest {

    private static final String NASTY = "tab\there, newline\nthere, cr\r, backslash \\ and \\N and \\t, emoji 🦉👩‍💻, 'quote\"";

    private final TestClock clock = new TestClock(Instant.parse("2026-05-06T07:08:09.987654Z"));
    private final List<OrmKit> orms = new ArrayList<>();
    private OrmKit text;
    private OrmKit binary;
    private OrmKit auto;
    private Author author;

    @BeforeAll
    void start(TestDatabase database) {
        auto = orm(database, null);
        text = orm(database, "text");
        binary = orm(database, "binary");
        author = new Author("the author");
        auto.inTransaction(session -> session.persist(author));
    }

    private OrmKit orm(TestDatabase database, String format) {
        var builder = OrmKit.builder().dataSource(database.dataSource())
                .entities(Author.class, AllTypes.class, OddTypes.class).clock(clock);
        if (format == null) {
            builder.property("jakarta.persistence.schema-generation.database.action", "create");
        } else {
            builder.property("ormkit.bulk_import.format", format);
        }
        OrmKit orm = builder.build();
        orms.add(orm);
        return orm;
    }

    @AfterAll
    void stop() {
        orms.forEach(OrmKit::close);
    }

    private OrmKit byName(String format) {
        return switch (format) {
            case "text" -> text;
            case "binary" -> binary;
            default -> auto;
        };
    }

    /** Edge values of every type; case 0 is all nulls. */
    private AllTypes sample(int pair, int variant) {
        AllTypes row = new AllTypes(pair);
        switch (variant) {
            case 0 -> { }
            case 1 -> {
                row.text = NASTY;
                row.letter = '\t';
                row.flag = true;
                row.primitiveFlag = true;
                row.tiny = Byte.MIN_VALUE;
                row.small = Short.MIN_VALUE;
                row.whole = Integer.MIN_VALUE;
                row.big = Long.MIN_VALUE;
                row.single = -0.0f;
                row.dbl = Double.MIN_VALUE;
                row.amount = new BigDecimal("-12345678901234567890123456789012345.67");
                row.fine = new BigDecimal("-0.0000000001");
                row.huge = BigInteger.TEN.pow(37).negate();
                row.reference = new UUID(Long.MIN_VALUE, -1L);
                row.instant = Instant.parse("1899-12-31T23:59:59.000001Z");
                row.offsetDateTime = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1000, ZoneOffset.ofHoursMinutes(5, 30));
                row.zonedDateTime = ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneId.of("America/New_York"));
                row.localDateTime = LocalDateTime.of(1, 1, 1, 0, 0, 0, 1000);
                row.date = LocalDate.of(1, 1, 1);
                row.time = LocalTime.MIDNIGHT;
                row.bytes = new byte[0];
                row.genre = Genre.NOVEL;
                row.shelf = Genre.NOVEL;
                row.attributes = Map.of("k", NASTY, "n", -42, "nested", Map.of("a", List.of(1.5, 2)));
                row.address = new Address("Main St\t1", "Zürich");
                row.author = author;
            }
            case 2 -> {
                row.text = "";
                row.letter = 'é';
                row.flag = false;
                row.tiny = Byte.MAX_VALUE;
                row.small = Short.MAX_VALUE;
                row.whole = Integer.MAX_VALUE;
                row.big = Long.MAX_VALUE;
                row.single = Float.MAX_VALUE;
                row.dbl = Double.NaN;
                row.amount = new BigDecimal("0.01");
                row.fine = new BigDecimal("12345678901234567890.0123456789");
                row.huge = BigInteger.TEN.pow(37).subtract(BigInteger.ONE);
                row.reference = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
                row.instant = Instant.parse("2262-04-11T23:47:16.854775Z");
                row.offsetDateTime = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
                row.zonedDateTime = ZonedDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneId.of("Europe/Zurich"));
                row.localDateTime = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
                row.date = LocalDate.of(9999, 12, 31);
                row.time = LocalTime.of(23, 59, 58, 500_001_000);
                row.bytes = bytes();
                row.genre = Genre.ESSAY;
                row.shelf = Genre.ESSAY;
                row.attributes = Map.of();
                row.address = new Address(null, "");
            }
            default -> {
                row.text = "\\N";
                row.letter = '\\';
                row.single = Float.NaN;
                row.dbl = Double.NEGATIVE_INFINITY;
                row.amount = BigDecimal.ZERO;
                row.fine = new BigDecimal("1E+10");
                row.huge = BigInteger.ZERO;
                row.instant = Instant.parse("2000-01-01T00:00:00Z");
                row.localDateTime = LocalDateTime.of(2000, 1, 1, 0, 0);
                row.date = LocalDate.of(2000, 1, 1);
                row.time = LocalTime.NOON;
                row.amount = new BigDecimal("10000.00");
                row.fine = new BigDecimal("0.5000000000");
            }
        }
        return row;
    }

    private static byte[] bytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "binary", "auto"})
    void everySupportedTypeIsStoredExactlyAsPersistStoresIt(String format) {
        int base = switch (format) {
            case "text" -> 100;
            case "binary" -> 200;
            default -> 300;
        };
        IntFunction<AllTypes> twin = i -> sample(base + i, i);
        List<AllTypes> persisted = IntStream.range(0, 4).mapToObj(twin).toList();
        List<AllTypes> imported = IntStream.range(0, 4).mapToObj(twin).toList();
        OrmKit orm = byName(format);

        orm.inTransaction(session -> persisted.forEach(session::persist));
        long rows = orm.fromTransaction(session -> BulkImport.copy(session, AllTypes.class, imported));

        assertThat(rows).isEqualTo(4);
        List<Object[]> stored = auto.fromTransaction(session -> session.createNativeQuery(
                "select pair, (to_jsonb(t) - 'id')::text from all_types t where pair between :from and :to"
                        + " order by pair", Object[].class)
                .setParameter("from", base).setParameter("to", base + 99).getResultList());
        assertThat(stored).hasSize(8);
        for (int i = 0; i < stored.size(); i += 2) {
            assertThat(stored.get(i)[1]).as("case %s via %s", stored.get(i)[0], format)
                    .isEqualTo(stored.get(i + 1)[1]);
        }
    }

    @Test
    void autoUsesTheBinaryFormatWhereEveryColumnAllowsItAndTextOtherwise() {
        assertThat(formatOf(auto, AllTypes.class)).isEqualTo("binary");
        assertThat(formatOf(binary, AllTypes.class)).isEqualTo("binary");
        assertThat(formatOf(text, AllTypes.class)).startsWith("text");
        assertThat(formatOf(auto, OddTypes.class)).isEqualTo("text (column ratio (numeric, Java java.lang.Float) has"
                + " no exact binary encoding)");

        OddTypes odd = new OddTypes(901, 1.25f);
        long rows = auto.fromTransaction(session -> BulkImport.copy(session, OddTypes.class, List.of(odd)));
        assertThat(rows).isOne();
        assertThat(auto.fromTransaction(session -> session.find(OddTypes.class, odd.getId())).ratio).isEqualTo(1.25f);
        assertThatThrownBy(() -> binary.inTransaction(session ->
                BulkImport.copy(session, OddTypes.class, List.of(new OddTypes(902, 2f)))))
                .isInstanceOf(UnsupportedBulkImportException.class)
                .hasMessageContaining("OddTypes").hasMessageContaining("column ratio")
                .hasMessageContaining("ormkit.bulk_import.format");
    }

    private static String formatOf(OrmKit orm, Class<?> type) {
        return orm.fromTransaction(session -> dev.ormkit.core.write.internal.CopyPlan.of(
                session.getSessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class), type)
                .formatFor(session.unwrap(org.hibernate.engine.spi.SessionImplementor.class)));
    }

    @Test
    void aTimestampOutsidePostgresRangeIsRefusedNamingTheAttribute() {
        AllTypes far = sample(903, 0);
        far.instant = Instant.MAX;

        assertThatThrownBy(() -> binary.inTransaction(session -> BulkImport.copy(session, AllTypes.class, List.of(far))))
                .isInstanceOf(UnwritableEntityException.class)
                .hasMessageContaining("element 1").hasMessageContaining("AllTypes.instant")
                .hasMessageContaining("outside PostgreSQL's range");
    }
}
