package dev.ormkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.testkit.PostgresTest;
import org.junit.jupiter.api.Test;

/** {@link BulkUpdate} checks its conditions as {@code QuerySpec} does: same rules, same exception, same message. */
@PostgresTest(entities = {Memo.class, Invoice.class})
class BulkUpdateConditionsTest {

    @Test
    void aConditionQuerySpecRefusesIsRefusedWithTheSameTypeAndMessage(OrmKit orm) {
        for (String hostile : new String[] {"e.text = :t) or (1=1", "e.text = 'x'", "e.id = :id; drop table memo",
                "e.text = :t -- all"}) {
            Throwable viaSpec = catchThrowable(() -> QuerySpec.where(hostile));
            Throwable viaUpdate = catchThrowable(() -> orm.inTransaction(session ->
                    BulkUpdate.of(session, Memo.class).set("text", "x").where(hostile)));

            assertThat(viaUpdate).as(hostile).isExactlyInstanceOf(InvalidQueryException.class)
                    .hasMessage(viaSpec.getMessage());
        }
    }

    @Test
    void aParameterNameQuerySpecRefusesIsRefusedWithTheSameMessage(OrmKit orm) {
        Throwable viaSpec = catchThrowable(() -> QuerySpec.all().bind("ormkit_now", 1));
        Throwable viaUpdate = catchThrowable(() -> orm.inTransaction(session ->
                BulkUpdate.of(session, Memo.class).set("text", "x").parameter("ormkit_now", 1)));

        assertThat(viaUpdate).isExactlyInstanceOf(InvalidQueryException.class).hasMessage(viaSpec.getMessage());
    }

    @Test
    void severalConditionsAreAndedEachInItsOwnParentheses(OrmKit orm) {
        Memo first = new Memo("keep");
        Memo second = new Memo("change");
        orm.inTransaction(session -> {
            session.persist(first);
            session.persist(second);
            session.persist(new Memo("change"));
        });

        int updated = orm.fromTransaction(session -> BulkUpdate.of(session, Memo.class).set("text", "changed")
                .where("e.text = :text or e.text = :other").parameter("text", "change").parameter("other", "keep")
                .where("e.id = :id").parameter("id", second.getId())
                .execute());

        assertThat(updated).isEqualTo(1);
    }

    @Test
    void anUpdateWithNothingSetAndAChangeLoggedEntityAreRefusedByType(OrmKit orm) {
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkUpdate.of(session, Memo.class).execute()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("call set(property, value)");
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkUpdate.of(session, Invoice.class)))
                .isInstanceOf(UnloggedWriteException.class).hasMessageContaining("@ChangeLogged");
    }
}
