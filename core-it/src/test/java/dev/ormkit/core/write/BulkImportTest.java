package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Author.class, Book.class, Animal.class, Dog.class, Cat.class}, strictFetch = false,
        clockStart = "2026-05-06T07:08:09.987654321Z")
class BulkImportTest {

    private static final String NASTY = "tab\there, newline\nthere, cr\r, backslash \\ and \\N and \\t, emoji 🦉👩‍💻, 'quote\"";

    private final TestClock clock;
    private final OrmKit orm;

    BulkImportTest(OrmKit orm, TestClock clock) {
        this.orm = orm;
        this.clock = clock;
    }

    @BeforeAll
    static void register(OrmKit orm) {
        CreatedByListener.register(orm);
    }

    @Test
    void importedRowsLoadBackWithEveryAttributeEqual() {
        Author author = new Author(NASTY);
        orm.inTransaction(session -> session.persist(author));
        clock.advance(Duration.ofSeconds(1));
        Instant now = Clocks.now(clock);
        List<Book> books = new ArrayList<>();
        books.add(new Book(NASTY).with(new BigDecimal("12345.67"), 321, true, LocalDate.of(1999, 12, 31),
                Genre.POETRY, Genre.ESSAY, author, Map.of("k", NASTY, "n", 42, "nested", Map.of("a", List.of(1, 2))),
                new Address("Main St\t1", "Zürich")));
        books.add(new Book("all nulls").with(null, 0, null, null, null, null, null, null, null));
        books.add(new Book("\\N"));
        books.add(new Book(""));

        long rows = orm.fromTransaction(session -> BulkImport.copy(session, Book.class, books));

        assertThat(rows).isEqualTo(4);
        for (Book book : books) {
            assertThat(book.getVersion()).isZero();
            assertThat(book.getCreatedAt()).isEqualTo(now);
            assertThat(book.getUpdatedAt()).isEqualTo(now);
            Book loaded = orm.fromTransaction(session -> {
                Book b = session.find(Book.class, book.getId());
                if (b.getAuthor() != null) {
                    b.getAuthor().getName();
                }
                return b;
            });
            assertThat(loaded.getTitle()).isEqualTo(book.getTitle());
            assertThat(loaded.getPrice()).isEqualTo(book.getPrice());
            assertThat(loaded.getPages()).isEqualTo(book.getPages());
            assertThat(loaded.getAvailable()).isEqualTo(book.getAvailable());
            assertThat(loaded.getPublished()).isEqualTo(book.getPublished());
            assertThat(loaded.getGenre()).isEqualTo(book.getGenre());
            assertThat(loaded.getShelf()).isEqualTo(book.getShelf());
            assertThat(loaded.getAttributes()).isEqualTo(book.getAttributes());
            assertThat(loaded.getSlug()).as("set by @PrePersist").isEqualTo(book.getSlug()).isNotNull();
            assertThat(loaded.getCreatedAt()).isEqualTo(now);
            assertThat(loaded.getUpdatedAt()).isEqualTo(now);
            assertThat(loaded.getVersion()).isZero();
            if (book.getAuthor() == null) {
                assertThat(loaded.getAuthor()).isNull();
            } else {
                assertThat(loaded.getAuthor()).isEqualTo(author);
                assertThat(loaded.getAuthor().getName()).isEqualTo(NASTY);
            }
            if (book.getPublisher() == null) {
                assertThat(loaded.getPublisher()).isNull();
            } else {
                assertThat(loaded.getPublisher().getStreet()).isEqualTo(book.getPublisher().getStreet());
                assertThat(loaded.getPublisher().getCity()).isEqualTo(book.getPublisher().getCity());
            }
        }
        String ordinal = orm.fromTransaction(session -> session.createNativeQuery(
                "select shelf || '/' || genre from book where id = :id", String.class)
                .setParameter("id", books.get(0).getId()).getSingleResult());
        assertThat(ordinal).isEqualTo("2/POETRY");
    }

    @Test
    void preInsertListenersFillTheirColumns() {
        Author author = new Author("listened");

        orm.inTransaction(session -> BulkImport.copy(session, Author.class, List.of(author)));

        Author loaded = orm.fromTransaction(session -> session.find(Author.class, author.getId()));
        assertThat(loaded.getCreatedBy()).isEqualTo("system");
    }

    @Test
    void singleTableSubclassesGetTheirDiscriminator() {
        List<Dog> dogs = IntStream.range(0, 3).mapToObj(i -> new Dog("dog" + i, i)).toList();

        orm.inTransaction(session -> BulkImport.copy(session, Dog.class, dogs.stream()));

        List<Animal> loaded = orm.fromTransaction(session -> session
                .createSelectionQuery("from Animal a where a.name like 'dog%' order by a.name", Animal.class)
                .getResultList());
        assertThat(loaded).hasSize(3).allMatch(a -> a instanceof Dog);
        assertThat(((Dog) loaded.get(2)).getBarks()).isEqualTo(2);
    }

    @Test
    void importedEntitiesAreNotInThePersistenceContext() {
        Author author = new Author("detached");

        orm.inTransaction(session -> {
            BulkImport.copy(session, Author.class, List.of(author));
            assertThat(session.contains(author)).isFalse();
        });
    }

    @Test
    void aConstraintViolationFailsTheWholeImportNamingTableAndRowButNoValue() {
        Author existing = new Author("secret-value-1");
        orm.inTransaction(session -> session.persist(existing));
        Author duplicate = new Author("secret-value-2");
        copyId(existing, duplicate);
        List<Author> authors = List.of(new Author("secret-value-3"), new Author("secret-value-4"), duplicate);

        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Author.class, authors)))
                .isInstanceOfSatisfying(BulkImportException.class, e -> {
                    assertThat(e.table()).isEqualTo("author");
                    assertThat(e.sqlState()).isEqualTo("23505");
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e).hasMessageContaining("table author").hasMessageContaining("at row 3")
                            .hasMessageContaining("author_pkey");
                    // The cause is kept, as a value-free copy of the driver's exception (issue 16).
                    assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class)
                            .hasMessageNotContaining("secret-value").hasNoCause();
                    assertThat(((java.sql.SQLException) e.getCause()).getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage()).doesNotContain("secret-value").doesNotContain(existing.getId().toString());
                });
        Long left = orm.fromTransaction(session -> session.createSelectionQuery(
                "select count(*) from Author a where a.name like 'secret-value%'", Long.class).getSingleResult());
        assertThat(left).isEqualTo(1);
    }

    @Test
    void aMissingForeignKeyTargetIsReportedWithItsConstraint() {
        Author unsaved = new Author("rolled back");
        try (Session session = orm.sessionFactory().openSession()) {
            session.getTransaction().begin();
            session.persist(unsaved);
            session.flush();
            session.getTransaction().rollback();
        }
        Book book = new Book("orphan").with(null, 1, null, null, null, null, unsaved, null, null);

        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Book.class, List.of(book))))
                .isInstanceOf(BulkImportException.class)
                .hasMessageContaining("table book").hasMessageContaining("SQLSTATE 23503")
                .hasMessageNotContaining(unsaved.getId().toString());
    }

    @Test
    void anUnsupportedAttributeTypeFailsAtTheFirstCallNamingIt(TestDatabase database) {
        try (OrmKit timers = OrmKit.builder().dataSource(database.dataSource()).entities(Timer.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build()) {
            assertThatThrownBy(() -> timers.inTransaction(session ->
                    BulkImport.copy(session, Timer.class, List.of(new Timer(Duration.ofSeconds(5))))))
                    .isInstanceOf(UnsupportedBulkImportException.class)
                    .hasMessageContaining("Timer.timeout");
            Long rows = timers.fromTransaction(session ->
                    session.createSelectionQuery("select count(*) from Timer", Long.class).getSingleResult());
            assertThat(rows).isZero();
        }
    }

    @Test
    void entitiesThatAreNotNewAreRejected() {
        Author author = new Author("persisted");
        orm.inTransaction(session -> session.persist(author));

        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Author.class, List.of(author))))
                .isInstanceOf(UnwritableEntityException.class).hasMessageContaining("is not new");
    }

    @Test
    void withoutATransactionItFailsWithAClearMessage() {
        try (Session session = orm.sessionFactory().openSession()) {
            assertThatThrownBy(() -> BulkImport.copy(session, Author.class, List.of(new Author("x"))))
                    .isInstanceOf(NoActiveTransactionException.class).hasMessageContaining("needs an active transaction");
        }
    }

    private static void copyId(Author from, Author to) {
        try {
            var field = dev.ormkit.core.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(to, from.getId());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
