package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.softdelete.model.Note;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

/** Entities that are not soft-deletable keep Hibernate's own delete, callbacks included. */
@PostgresTest
class PlainEntityDeleteTest {

    @Test
    void removingAPlainEntityIsARealDelete(TestDatabase database) {
        try (SoftDeleteFixture fixture = new SoftDeleteFixture(database)) {
            Note note = new Note(null, "plain");
            fixture.orm.inTransaction(session -> session.persist(note));
            fixture.clearSql();

            fixture.orm.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));

            assertThat(fixture.statements("delete")).singleElement().asString().startsWith("delete from note");
            Note gone = fixture.orm.fromTransaction(session -> session.find(Note.class, note.getId()));
            assertThat(gone).isNull();
        }
    }
}
