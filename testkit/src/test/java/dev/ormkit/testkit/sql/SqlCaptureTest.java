package dev.ormkit.testkit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.model.NoBatchFetching;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Owner.class, Pet.class}, strictFetch = false, customizers = NoBatchFetching.class)
class SqlCaptureTest {

    private final OrmKit orm;
    private final SqlCapture capture;

    SqlCaptureTest(OrmKit orm, SqlCapture capture) {
        this.orm = orm;
        this.capture = capture;
    }

    @BeforeAll
    static void seed(OrmKit orm) {
        orm.inTransaction(session -> {
            for (int i = 0; i < 5; i++) {
                Owner owner = new Owner("owner " + i);
                owner.adopt("pet " + i);
                session.persist(owner);
            }
        });
    }

    @Test
    void recordsKindShapeAndBatchSize() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            for (int i = 0; i < 3; i++) {
                session.persist(new Owner("batched " + i));
            }
            session.createNativeQuery("select name from owner where name = 'x' and 1 = 1 and id in (?, ?)", String.class)
                    .setParameter(1, java.util.UUID.randomUUID()).setParameter(2, java.util.UUID.randomUUID())
                    .getResultList();
        }));

        assertThat(log.statements()).extracting(CapturedStatement::kind)
                .as("the native query flushes the pending inserts first")
                .containsExactly(StatementKind.INSERT, StatementKind.SELECT);
        assertThat(log.statements().get(1).shape())
                .isEqualTo("select name from owner where name = ? and ? = ? and id in (?)");
        assertThat(log.statements().get(0).batchSize()).isEqualTo(3);
        assertThat(log.statements().get(0).toString()).startsWith("[batch of 3] insert into owner");
        log.assertCount(StatementKind.INSERT, 1).assertAtMost(StatementKind.SELECT, 1).assertTotal(2);
        assertThat(log.batches()).isEqualTo(1);
        log.assertPrepared(2);
    }

    @Test
    void countsPreparedStatementsSeparatelyFromExecutions() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            for (int i = 0; i < 3; i++) {
                session.createSelectionQuery("from Owner o where o.name = :name", Owner.class)
                        .setParameter("name", "nobody " + i).getResultList();
            }
        }));

        log.assertCount(StatementKind.SELECT, 3).assertPrepared(3);
        assertThatThrownBy(() -> log.assertPrepared(1)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 1 prepared statement(s) but 3 were prepared.");
        assertThat(capture.record(() -> { }).prepared()).isZero();
    }

    @Test
    void countFailuresListEveryStatement() {
        SqlLog log = capture.record(() -> orm.inTransaction(session ->
                session.createSelectionQuery("from Owner", Owner.class).getResultList()));

        assertThatThrownBy(() -> log.assertCount(StatementKind.SELECT, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 0 SELECT statement(s) but 1 were sent.")
                .hasMessageContaining("Statements sent (1):")
                .hasMessageContaining("1. select");
        assertThatThrownBy(() -> log.assertAtMost(StatementKind.SELECT, 0)).hasMessageContaining("at most 0");
        assertThatThrownBy(log::assertNone).hasMessageContaining("Expected no statement but 1 were sent");
    }

    @Test
    void noStatementAtAllPasses() {
        capture.record(() -> { }).assertNone();
    }

    @Test
    void detectsARealNPlusOneAndNamesTheAssociation() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            List<Owner> owners = session.createSelectionQuery("from Owner o where o.name like 'owner %'", Owner.class)
                    .getResultList();
            owners.forEach(owner -> owner.getPets().size());
        }));

        assertThatThrownBy(log::assertNoNPlusOne)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("N+1 queries detected")
                .hasMessageContaining("5× select")
                .hasMessageContaining("likely association: pet.owner_id: a lazy collection of pet rows")
                .hasMessageContaining("fix: load it with the query");
    }

    @Test
    void passesOnceTheAssociationIsFetchedWithTheQuery() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            List<Owner> owners = session.createSelectionQuery(
                    "from Owner o left join fetch o.pets where o.name like 'owner %'", Owner.class).getResultList();
            owners.forEach(owner -> owner.getPets().size());
        }));

        log.assertNoNPlusOne().assertCount(StatementKind.SELECT, 1);
    }

    @Test
    void aLazyToOneInALoopIsReportedAsLoadByIdOneRowAtATime() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> session.createSelectionQuery(
                        "from Pet p where p.name like 'pet %'", Pet.class).getResultList()
                .forEach(pet -> session.createSelectionQuery("from Owner o where o.id = :id", Owner.class)
                        .setParameter("id", java.util.UUID.randomUUID()).getResultList())));

        assertThatThrownBy(log::assertNoNPlusOne).hasMessageContaining("loaded by id, one row at a time");
    }
}
