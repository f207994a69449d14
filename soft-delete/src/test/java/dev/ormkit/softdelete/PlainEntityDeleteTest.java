package dev.ormkit.softdelete;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.softdelete.model.Note;
import org.junit.jupiter.api.Test;

/** Entities that are not soft-deletable keep Hibernate's own delete, callbacks included. */
@SoftDeleteModelTest
class PlainEntityDeleteTest {

    @Test
    void removingAPlainEntityIsARealDelete(OrmKit orm, SqlCapture sql) {
        Note note = new Note(null, "plain");
        orm.inTransaction(session -> session.persist(note));
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));

        assertThat(SoftDeleteModel.statements(sql, "delete")).singleElement().asString().startsWith("delete from note");
        Note gone = orm.fromTransaction(session -> session.find(Note.class, note.getId()));
        assertThat(gone).isNull();
    }
}
