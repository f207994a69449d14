package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Author.class, Book.class, Animal.class, Dog.class, Cat.class}, strictFetch = false,
        clockStart = BatchInsertTest.START_AT)
class BatchInsertTest {

    static final String START_AT = "2026-03-04T05:06:07.123456789Z";
    private static final Instant START = Instant.parse(START_AT);

    private final SqlCapture driver;
    private final TestClock clock;
    private final OrmKit orm;

    BatchInsertTest(OrmKit orm, TestClock clock, SqlCapture driver) {
        this.orm = orm;
        this.clock = clock;
        this.driver = driver;
    }

    @BeforeAll
    static void register(OrmKit orm) {
        CreatedByListener.register(orm);
    }

    @BeforeEach
    void clear() {
        driver.clear();
    }

    @Test
    void newEntitiesGetEveryColumnPersistWouldSet() {
        Author author = new Author("Ada");
        Book book = new Book("Notes");
        Instant now = Clocks.now(clock);

        long inserted = orm.fromTransaction(session -> BatchInsert.saveAll(session, List.of(author, book)));

        assertThat(inserted).isEqualTo(2);
        assertThat(author.getVersion()).isZero();
        assertThat(author.getCreatedAt()).isEqualTo(now);
        assertThat(author.getUpdatedAt()).isEqualTo(now);
        Author loadedAuthor = orm.fromTransaction(session -> session.find(Author.class, author.getId()));
        assertThat(loadedAuthor.getCreatedAt()).isEqualTo(now);
        assertThat(loadedAuthor.getUpdatedAt()).isEqualTo(now);
        assertThat(loadedAuthor.getVersion()).isZero();
        assertThat(loadedAuthor.getCreatedBy()).as("column set by a PRE_INSERT listener").isEqualTo("system");
        Book loadedBook = orm.fromTransaction(session -> session.find(Book.class, book.getId()));
        assertThat(loadedBook.getSlug()).as("value set by @PrePersist").isEqualTo("s-5");
    }

    @Test
    void insertsRunInJdbcBatchesOfTwoHundredFiftySix() {
        List<Author> authors = IntStream.range(0, 450).mapToObj(i -> new Author("a" + i)).toList();

        orm.inTransaction(session -> BatchInsert.saveAll(session, authors.stream()));

        List<CapturedStatement> inserts = driver.log().statements().stream().filter(e -> e.kind() == StatementKind.INSERT).toList();
        assertThat(inserts).as(driver.log().toString()).extracting(CapturedStatement::batchSize).containsExactly(256, 194);
        assertThat(driver.log().count(StatementKind.SELECT)).isZero();
        assertThat(driver.log().prepared()).isEqualTo(1);
    }

    @Test
    void subclassesAreWrittenWithTheirDiscriminator() {
        List<Animal> animals = List.of(new Dog("Rex", 3), new Cat("Tom", true), new Dog("Fido", null));

        orm.inTransaction(session -> BatchInsert.saveAll(session, animals));

        List<Object[]> rows = orm.fromTransaction(session -> session
                .createNativeQuery("select kind, name, barks, indoor from animal order by name", Object[].class)
                .getResultList());
        assertThat(rows).extracting(r -> r[0] + ":" + r[1] + ":" + r[2] + ":" + r[3])
                .containsExactly("dog:Fido:null:null", "dog:Rex:3:null", "cat:Tom:null:true");
        List<Animal> loaded = orm.fromTransaction(session -> session
                .createSelectionQuery("from Animal a where a.id in :ids", Animal.class)
                .setParameter("ids", animals.stream().map(Animal::getId).toList()).getResultList());
        assertThat(loaded).hasSize(3).hasAtLeastOneElementOfType(Cat.class).hasAtLeastOneElementOfType(Dog.class);
    }

    @Test
    void insertedEntitiesAreNotInThePersistenceContextAndStayInTheCallersTransaction() {
        Author author = new Author("Rolled back");

        Session session = orm.sessionFactory().openSession();
        try {
            session.getTransaction().begin();
            BatchInsert.saveAll(session, List.of(author));
            assertThat(session.contains(author)).isFalse();
            assertThat(session.createSelectionQuery("select count(*) from Author a where a.id = :id", Long.class)
                    .setParameter("id", author.getId()).getSingleResult()).isEqualTo(1);
            session.getTransaction().rollback();
        } finally {
            session.close();
        }

        Author after = orm.fromTransaction(s -> s.find(Author.class, author.getId()));
        assertThat(after).isNull();
    }

    @Test
    void withoutATransactionItFailsWithAClearMessage() {
        try (Session session = orm.sessionFactory().openSession()) {
            assertThatThrownBy(() -> BatchInsert.saveAll(session, List.of(new Author("x"))))
                    .isInstanceOf(NoActiveTransactionException.class).hasMessageContaining("needs an active transaction");
        }
    }

    @Test
    void mixedBatchesInsertNewOnesAndUpdateDetachedOnesWithTheVersionCheck() {
        Author existing = new Author("Old name");
        orm.inTransaction(session -> session.persist(existing));
        Instant created = existing.getCreatedAt();
        clock.advance(Duration.ofMinutes(1));
        Instant later = Clocks.now(clock);
        existing.setName("New name");
        Author fresh = new Author("Fresh");

        long inserted = orm.fromTransaction(session -> BatchInsert.saveAll(session, List.of(existing, fresh)));

        assertThat(inserted).isEqualTo(1);
        assertThat(existing.getVersion()).isEqualTo(1L);
        Author loaded = orm.fromTransaction(session -> session.find(Author.class, existing.getId()));
        assertThat(loaded.getName()).isEqualTo("New name");
        assertThat(loaded.getVersion()).isEqualTo(1L);
        assertThat(loaded.getCreatedAt()).isEqualTo(created);
        assertThat(loaded.getUpdatedAt()).isEqualTo(later);
        Author loadedFresh = orm.fromTransaction(session -> session.find(Author.class, fresh.getId()));
        assertThat(loadedFresh).isNotNull();
    }

    @Test
    void aStaleDetachedEntityFailsWithOptimisticLockException() {
        Author author = new Author("v0");
        orm.inTransaction(session -> session.persist(author));
        orm.inTransaction(session -> session.find(Author.class, author.getId()).setName("changed elsewhere"));
        author.setName("stale");

        assertThatThrownBy(() -> orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(author))))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(orm.fromTransaction(session -> session.find(Author.class, author.getId())).getName())
                .isEqualTo("changed elsewhere");
    }

    @Test
    void aDuplicateKeyFailsLikeAFlushAndLeavesNothingAfterRollback() {
        List<Author> authors = IntStream.range(0, 10).mapToObj(i -> new Author("dup-" + i)).toList();
        Author existing = authors.get(7);
        orm.inTransaction(session -> session.persist(existing));
        List<Author> retry = authors.stream().map(a -> a == existing ? copyOf(existing) : a).toList();

        assertThatThrownBy(() -> orm.inTransaction(session -> BatchInsert.saveAll(session, retry)))
                .isInstanceOf(jakarta.persistence.PersistenceException.class);
        Long rows = orm.fromTransaction(session -> session.createSelectionQuery(
                "select count(*) from Author a where a.name like 'dup-%'", Long.class).getSingleResult());
        assertThat(rows).isEqualTo(1);
    }

    private static Author copyOf(Author author) {
        Author copy = new Author(author.getName());
        try {
            var field = dev.ormkit.core.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(copy, author.getId());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return copy;
    }

    @Test
    void managedEntitiesAreLeftToTheSessionFlush() {
        Author author = new Author("managed");
        orm.inTransaction(session -> session.persist(author));

        orm.inTransaction(session -> {
            Author managed = session.find(Author.class, author.getId());
            managed.setName("renamed");
            assertThat(BatchInsert.saveAll(session, List.of(managed))).isZero();
        });

        Author loaded = orm.fromTransaction(session -> session.find(Author.class, author.getId()));
        assertThat(loaded.getName()).isEqualTo("renamed");
        assertThat(loaded.getVersion()).isEqualTo(1L);
    }

    @Test
    void aLargeStreamIsWrittenWithoutGrowingThePersistenceContext() {
        int count = 100_000;
        List<UUID> firstAndLast = new ArrayList<>();

        orm.inTransaction(session -> {
            long inserted = BatchInsert.saveAll(session, IntStream.range(0, count).mapToObj(i -> {
                Author a = new Author("bulk");
                if (i == 0 || i == count - 1) {
                    firstAndLast.add(a.getId());
                }
                return a;
            }));
            assertThat(inserted).isEqualTo(count);
            assertThat(session.unwrap(org.hibernate.engine.spi.SessionImplementor.class)
                    .getPersistenceContext().getNumberOfManagedEntities()).isZero();
        });

        Long rows = orm.fromTransaction(session -> session
                .createSelectionQuery("select count(*) from Author a where a.name = 'bulk'", Long.class)
                .getSingleResult());
        assertThat(rows).isEqualTo(count);
    }
}
