package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FastInsertsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-02-02T10:00:00Z"));
    private final SqlCapture capture = new SqlCapture();
    private OrmKit orm;

    @BeforeAll
    void start(TestDatabase database) {
        orm = OrmKit.builder().dataSource(capture.wrap(database.dataSource())).entities(Author.class, Book.class)
                .clock(clock).property("jakarta.persistence.schema-generation.database.action", "create").build();
    }

    @AfterAll
    void stop() {
        orm.close();
    }

    @Test
    void insertsInBatchesWithEveryOrmKitColumnFilled() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            authors.add(new Author("author " + i));
        }

        SqlLog log = capture.record(() -> orm.inTransaction(session ->
                assertThat(FastInserts.insertAll(session, authors)).isEqualTo(1000)));

        log.assertCount(StatementKind.INSERT, 5).assertCount(StatementKind.SELECT, 0);
        assertThat(log.statements()).allSatisfy(s -> assertThat(s.batchSize()).isEqualTo(200));
        Author loaded = orm.fromTransaction(session -> session.find(Author.class, authors.get(7).getId()));
        assertThat(loaded.getName()).isEqualTo("author 7");
        assertThat(loaded.getCreatedAt()).isEqualTo(clock.instant());
        assertThat(loaded.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void runsInTheCallersTransaction() {
        Author author = new Author("rolled back");

        assertThatThrownBy(() -> orm.inTransaction(session -> {
            FastInserts.insertAll(session, List.of(author));
            throw new IllegalStateException("abort");
        })).hasMessage("abort");

        Author found = orm.fromTransaction(session -> session.find(Author.class, author.getId()));
        assertThat(found).isNull();
    }

    @Test
    void pendingChangesOfTheSessionAreFlushedFirst() {
        Author author = new Author("referenced");
        Book book = new Book("fast-1", "Fast", null, null, null, true, 1, null, null, null, null, author);

        orm.inTransaction(session -> {
            session.persist(author);
            FastInserts.insertAll(session, List.of(book));
        });

        assertThat(orm.fromTransaction(session -> session.find(Book.class, book.getId())).values().get(11))
                .isEqualTo(author.getId());
    }

    @Test
    void refusesEntitiesThatAreNotNew() {
        Author saved = new Author("saved");
        orm.inTransaction(session -> session.persist(saved));

        assertThatThrownBy(() -> orm.inTransaction(session -> FastInserts.insertAll(session, List.of(saved))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Author[" + saved.getId() + "] is not new")
                .hasMessageContaining("saveAll");
    }
}
