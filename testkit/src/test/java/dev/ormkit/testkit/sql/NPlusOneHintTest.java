package dev.ormkit.testkit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.model.NoBatchFetching;
import dev.ormkit.testkit.model.Shelf;
import dev.ormkit.testkit.model.Volume;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The N+1 hint names the association when a restriction such as {@code deleted_at is null} comes first. */
@PostgresTest(entities = {Shelf.class, Volume.class}, strictFetch = false, customizers = NoBatchFetching.class)
class NPlusOneHintTest {

    private final OrmKit orm;
    private final SqlCapture capture;

    NPlusOneHintTest(OrmKit orm, SqlCapture capture) {
        this.orm = orm;
        this.capture = capture;
    }

    @BeforeAll
    static void seed(OrmKit orm) {
        orm.inTransaction(session -> {
            for (int i = 0; i < 4; i++) {
                Shelf shelf = new Shelf("shelf " + i);
                shelf.add("volume " + i);
                session.persist(shelf);
            }
        });
    }

    @Test
    void namesTheCollectionWhenTheDeletedAtConditionComesFirst() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            List<Shelf> shelves = session.createSelectionQuery("from Shelf", Shelf.class).getResultList();
            shelves.forEach(shelf -> session.createSelectionQuery("from Volume v where v.shelf = :shelf", Volume.class)
                    .setParameter("shelf", shelf).getResultList());
        }));

        assertThat(log.statements().get(1).shape()).as("the filter's condition precedes the key")
                .contains("where v1_0.deleted_at is null and v1_0.shelf_id=?");
        assertThatThrownBy(log::assertNoNPlusOne)
                .hasMessageContaining("4× select")
                .hasMessageContaining("likely association: volume.shelf_id: a lazy collection of volume rows");
    }

    @Test
    void namesTheCollectionWhenTheKeyComesFirst() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            List<Shelf> shelves = session.createSelectionQuery("from Shelf", Shelf.class).getResultList();
            shelves.forEach(shelf -> shelf.getVolumes().size());
        }));

        assertThat(log.statements().get(1).shape()).contains("where v1_0.shelf_id=? and v1_0.deleted_at is null");
        assertThatThrownBy(log::assertNoNPlusOne)
                .hasMessageContaining("likely association: volume.shelf_id: a lazy collection of volume rows");
    }
}
