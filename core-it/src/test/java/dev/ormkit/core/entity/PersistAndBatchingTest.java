package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Owner.class, Pet.class, Visit.class}, strictFetch = false)
class PersistAndBatchingTest {

    private final SqlCapture driver;
    private final OrmKit orm;

    PersistAndBatchingTest(OrmKit orm, SqlCapture driver) {
        this.orm = orm;
        this.driver = driver;
    }

    @BeforeEach
    void clear() {
        driver.clear();
    }

    @Test
    void persistingANewEntityIssuesOneInsertAndNoSelect() {
        Owner owner = new Owner("Ada", "London");

        orm.inTransaction(session -> session.persist(owner));

        assertThat(driver.log().count(StatementKind.SELECT)).as(driver.log().toString()).isZero();
        assertThat(driver.log().count(StatementKind.INSERT)).as(driver.log().toString()).isEqualTo(1);
        assertThat(owner.getVersion()).isZero();
        assertThat(owner.isNew()).isFalse();
    }

    @Test
    void mergingANewEntityIssuesNoSelect() {
        Owner owner = new Owner("Grace", "Arlington");

        Owner merged = orm.fromTransaction(session -> session.merge(owner));

        assertThat(driver.log().count(StatementKind.SELECT)).as(driver.log().toString()).isZero();
        assertThat(merged.getId()).isEqualTo(owner.getId());
        assertThat(merged.getVersion()).isZero();
    }

    @Test
    void thousandNewEntitiesGoAsJdbcBatches() {
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            owners.add(new Owner("owner " + i, "city " + (i % 7)));
        }

        orm.inTransaction(session -> owners.forEach(session::persist));

        assertThat(driver.log().batches()).as("executeBatch calls").isEqualTo(4);
        assertThat(driver.log().statements()).extracting(e -> e.batchSize()).containsExactly(256, 256, 256, 232);
        assertThat(driver.log().prepared()).as("one prepared INSERT").isEqualTo(1);
        assertThat(driver.log().count(StatementKind.SELECT)).isZero();
    }

    @Test
    void insertsOfTwoEntityTypesAreOrderedIntoBatches() {
        orm.inTransaction(session -> {
            for (int i = 0; i < 100; i++) {
                Owner owner = new Owner("owner " + i, "c");
                owner.addPet("pet " + i);
                session.persist(owner);
            }
        });

        assertThat(driver.log().prepared()).as("one INSERT per table, not one per interleaving").isEqualTo(2);
        assertThat(driver.log().batches()).as(driver.log().toString()).isEqualTo(2);
    }

    @Test
    void updatesAreBatchedWithAVersionCheck() {
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            owners.add(new Owner("owner " + i, "c"));
        }
        orm.inTransaction(session -> owners.forEach(session::persist));
        driver.clear();

        orm.inTransaction(session -> session.createSelectionQuery("from Owner where city = 'c'", Owner.class)
                .getResultList().forEach(o -> o.setName(o.getName() + "!")));

        List<CapturedStatement> updates = driver.log().statements().stream().filter(e -> e.kind() == StatementKind.UPDATE).toList();
        assertThat(updates).as("100 UPDATEs in one batch").hasSize(1).allSatisfy(e -> {
            assertThat(e.batch()).isTrue();
            assertThat(e.batchSize()).isEqualTo(100);
            assertThat(e.sql()).contains("version=?");
        });
    }
}
