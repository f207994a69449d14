package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-03T03:03:03.123456Z"));
    private OrmKit orm;

    @BeforeAll
    void start(TestDatabase database) {
        orm = OrmKit.builder().jdbcUrl(database.jdbcUrl()).username(database.username()).password(database.password())
                .entities(Author.class, Book.class, Shelf.class).clock(clock)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
    }

    @AfterAll
    void stop() {
        orm.close();
    }

    private static Book book(int i, Author author) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("tags", List.of("a", "b"));
        attributes.put("pages", 300 + i);
        return new Book("isbn-" + i, "title " + i + " tab\there\nnewline back\\slash \\N and emoji 📚",
                new BigDecimal("19.9" + (i % 10)), Book.Genre.values()[i % 3], Book.Format.values()[i % 2], i % 2 == 0,
                1_000_000_000L + i, LocalDate.of(2020, 1, 1).plusDays(i),
                OffsetDateTime.parse("2026-01-01T10:00:00.654321+02:00").plusMinutes(i),
                new Book.Dimensions(130 + i, 200), attributes, author);
    }

    @Test
    void importedRowsReadBackThroughJpaAttributeForAttribute() {
        Author author = new Author("Ursula");
        orm.inTransaction(session -> session.persist(author));
        List<Book> books = new ArrayList<>(IntStream.range(0, 500).mapToObj(i -> book(i, author)).toList());
        Book sparse = new Book("isbn-null", null, null, null, null, false, 0, null, null, null, null, null);
        books.add(sparse);

        long copied = orm.fromTransaction(session -> BulkImport.copy(session, Book.class, books));

        assertThat(copied).isEqualTo(501);
        for (Book expected : List.of(books.get(0), books.get(1), books.get(499), sparse)) {
            Book loaded = orm.fromTransaction(session -> session.find(Book.class, expected.getId()));
            assertThat(loaded.values()).isEqualTo(expected.values());
            assertThat(loaded.getCreatedAt()).isEqualTo(Instant.parse("2026-03-03T03:03:03.123456Z"));
            assertThat(loaded.getUpdatedAt()).isEqualTo(loaded.getCreatedAt());
            assertThat(loaded.getVersion()).isZero();
        }
        assertThat(books.get(0).getVersion()).as("the Java objects got ormkit's columns too").isZero();
        long count = orm.fromTransaction(session -> session.createSelectionQuery("select count(*) from Book",
                Long.class).getSingleResult());
        assertThat(count).isGreaterThanOrEqualTo(501);
    }

    @Test
    void aStreamIsImportedWithoutCollectingIt() {
        long copied = orm.fromTransaction(session -> BulkImport.copy(session, Author.class,
                IntStream.range(0, 20_000).mapToObj(i -> new Author("streamed " + i))));

        assertThat(copied).isEqualTo(20_000);
    }

    @Test
    void aConstraintViolationFailsTheWholeImportNamingTableRowAndConstraintButNoValues() {
        List<Book> books = List.of(book(900, null), book(901, null), book(900, null));

        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Book.class, books)))
                .isInstanceOf(BulkImportException.class)
                .hasMessageContaining("table book")
                .hasMessageContaining("at row 3")
                .hasMessageContaining("constraint")
                .hasMessageContaining("roll the transaction back")
                .hasMessageNotContaining("isbn-900");
        long left = orm.fromTransaction(session -> session.createSelectionQuery(
                "select count(*) from Book b where b.isbn in ('isbn-900', 'isbn-901')", Long.class).getSingleResult());
        assertThat(left).as("nothing partial").isZero();
    }

    @Test
    void whatItCannotWriteFailsBeforeAnyRowNamingTheAttribute() {
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Shelf.class, List.of(new Shelf("x")))))
                .isInstanceOf(BulkImportException.class)
                .hasMessageContaining("Shelf.labels")
                .hasMessageContaining("collection");
    }

    @Test
    void importedEntitiesAreNotInThePersistenceContext() {
        Author author = new Author("detached");
        orm.inTransaction(session -> {
            BulkImport.copy(session, Author.class, List.of(author));
            assertThat(session.contains(author)).isFalse();
            assertThat(session.find(Author.class, author.getId())).isNotSameAs(author);
        });
    }
}
