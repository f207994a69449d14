package dev.ormkit.softdelete.ownsuper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An entity that extends a superclass of its own ({@code Owner extends Person}, where {@code Vet extends Person}
 * is plain) is soft-deletable through an embedded {@code SoftDeleteColumn}, on every route.
 */
@PostgresTest(entities = {Owner.class, Vet.class})
class EmbeddedSoftDeleteColumnTest {

    private static Instant deletedAt(TestDatabase db, String table, UUID id) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select deleted_at from " + table + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("row %s exists", id).isTrue();
                java.sql.Timestamp value = row.getTimestamp(1);
                return value == null ? null : value.toInstant();
            }
        }
    }

    @Test
    void removeHidesRestoreAndPurgeWorkThroughTheEmbeddedColumn(OrmKit orm, TestDatabase db) throws SQLException {
        Owner owner = new Owner("Ada");
        orm.inTransaction(session -> session.persist(owner));

        orm.inTransaction(session -> session.remove(session.find(Owner.class, owner.getId())));

        assertThat(deletedAt(db, "owner", owner.getId())).isNotNull();
        assertThat(orm.<Owner>fromTransaction(session -> session.find(Owner.class, owner.getId()))).isNull();
        assertThat(orm.<Long>fromTransaction(session -> session.createSelectionQuery(
                "select count(*) from Owner o where o.id = :id", Long.class).setParameter("id", owner.getId())
                .getSingleResult())).isZero();
        Owner seen = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Owner.class, owner.getId())));
        assertThat(seen.isDeleted()).isTrue();

        assertThat(orm.<Integer>fromTransaction(session -> SoftDeletes.restore(session, Owner.class, owner.getId())))
                .isOne();
        assertThat(deletedAt(db, "owner", owner.getId())).isNull();

        orm.inTransaction(session -> session.remove(session.find(Owner.class, owner.getId())));
        assertThat(orm.<Boolean>fromTransaction(session -> SoftDeletes.purge(session, owner))).isTrue();
    }

    @Test
    void bulkAndStatelessDeletesSoftDeleteAndRetentionPurges(OrmKit orm, TestDatabase db) throws SQLException {
        Owner bulk = new Owner("Bulk");
        Owner stateless = new Owner("Stateless");
        Owner viaDeleteAll = new Owner("DeleteAll");
        orm.inTransaction(session -> {
            session.persist(bulk);
            session.persist(stateless);
            session.persist(viaDeleteAll);
        });

        orm.inTransaction(session -> session.createMutationQuery("delete from Owner o where o.id = :id")
                .setParameter("id", bulk.getId()).executeUpdate());
        orm.sessionFactory().inStatelessTransaction(session -> session.delete(session.get(Owner.class,
                stateless.getId())));
        orm.inTransaction(session -> SoftDeletes.deleteAll(session, Owner.class,
                QuerySpec.<Owner>where("e.id = :id").bind("id", viaDeleteAll.getId())));

        assertThat(deletedAt(db, "owner", bulk.getId())).isNotNull();
        assertThat(deletedAt(db, "owner", stateless.getId())).isNotNull();
        assertThat(deletedAt(db, "owner", viaDeleteAll.getId())).isNotNull();

        int purged = orm.fromTransaction(session -> SoftDeletes.purgeDeletedBefore(session, Owner.class,
                orm.clock().instant().plusSeconds(60)));
        assertThat(purged).isGreaterThanOrEqualTo(3);
    }

    @Test
    void readingALiveRowDoesNotMakeItDirty(OrmKit orm) {
        Owner owner = new Owner("Reader");
        orm.inTransaction(session -> session.persist(owner));

        orm.inTransaction(session -> assertThat(session.find(Owner.class, owner.getId()).isDeleted()).isFalse());

        assertThat(orm.<Long>fromTransaction(session -> session.find(Owner.class, owner.getId()).getVersion()))
                .isZero();
    }

    @Test
    void theSiblingWithoutTheColumnIsReallyDeleted(OrmKit orm) {
        Vet vet = new Vet("Bob");
        orm.inTransaction(session -> session.persist(vet));

        orm.inTransaction(session -> session.remove(session.find(Vet.class, vet.getId())));

        assertThat(orm.<Long>fromTransaction(session -> session.createNativeQuery(
                "select count(*) from vet", Long.class).getSingleResult())).isZero();
    }
}
