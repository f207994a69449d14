package dev.ormkit.softdelete.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.tenant.Tenants;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The SQL behind the tenant matrix: the UPDATE a bulk delete is rewritten into, and the DELETE of retention, both
 * carry the tenant restriction Hibernate adds to the statement it translated; the single-row soft delete and purge
 * carry Hibernate's {@code tenant_id=coalesce(?,tenant_id)}.
 */
@PostgresTest(entities = {Board.class, Ticket.class})
class TenantDeleteSqlTest {

    @Test
    void theSoftDeleteUpdateOfABulkDeleteKeepsTheTenantRestriction(OrmKit orm, SqlCapture capture) {
        SqlLog log = capture.record(() -> Tenants.as("acme", () -> orm.inTransaction(session -> session
                .createMutationQuery("delete from Ticket t where t.title = :title").setParameter("title", "x")
                .executeUpdate())));

        log.assertCount(StatementKind.UPDATE, 1).assertCount(StatementKind.DELETE, 0);
        assertThat(log.statements().get(0).sql()).startsWith("update ticket")
                .contains("tenant_id = ?").contains("deleted_at is null");
    }

    @Test
    void removeAndPurgeOfOneRowRestrictByTheTenantThroughCoalesce(OrmKit orm, SqlCapture capture) {
        java.util.UUID id = Tenants.as("acme", () -> orm.fromTransaction(session -> {
            Board board = new Board("b");
            Ticket ticket = new Ticket(board, "t");
            session.persist(board);
            session.persist(ticket);
            return ticket.getId();
        }));

        SqlLog removed = capture.record(() -> Tenants.as("acme", () -> orm.inTransaction(session -> session
                .remove(session.find(Ticket.class, id)))));
        SqlLog purged = capture.record(() -> Tenants.as("acme", () -> orm.inTransaction(session -> SoftDeletes
                .purge(session, SoftDeletes.includingDeleted(session, () -> session.find(Ticket.class, id))))));

        // Hibernate's single-row writes restrict by coalesce(?, tenant_id) (a root tenant binds null), not by
        // tenant_id = ?: correct on one server, but not routable to one shard by a distributed engine.
        removed.assertCount(StatementKind.UPDATE, 1).assertCount(StatementKind.DELETE, 0);
        assertThat(removed.statements()).filteredOn(s -> s.kind() == StatementKind.UPDATE).singleElement()
                .extracting(s -> s.sql()).isEqualTo("update ticket set board_id=?,deleted_at=?,title=?,updated_at=?,"
                        + "version=? where id=? and version=? and tenant_id=coalesce(?,tenant_id)");
        assertThat(purged.statements()).filteredOn(s -> s.kind() == StatementKind.DELETE).singleElement()
                .extracting(s -> s.sql()).asString().startsWith("delete from ticket where id=?")
                .endsWith("and tenant_id=coalesce(?,tenant_id)");
    }

    @Test
    void retentionSelectsAndDeletesCarryTheTenantRestriction(OrmKit orm, SqlCapture capture) {
        java.util.UUID mine = deletedTicket(orm, "acme");
        java.util.UUID theirs = deletedTicket(orm, "globex");

        SqlLog log = capture.record(() -> Tenants.as("acme", () -> orm.inTransaction(session -> SoftDeletes
                .purgeDeletedBefore(session, Ticket.class, Instant.parse("2100-01-01T00:00:00Z")))));

        // batched retention: one SELECT of the batch's ids, one DELETE of them, both restricted to the tenant
        log.assertCount(StatementKind.SELECT, 1).assertCount(StatementKind.DELETE, 1);
        assertThat(log.statements()).filteredOn(s -> s.kind() != StatementKind.OTHER).allSatisfy(s ->
                assertThat(s.sql()).contains("tenant_id = ?"));
        assertThat(exists(orm, "acme", mine)).isFalse();
        assertThat(exists(orm, "globex", theirs)).as("another tenant's deleted row is not purged").isTrue();
    }

    private static java.util.UUID deletedTicket(OrmKit orm, String tenant) {
        return Tenants.as(tenant, () -> orm.fromTransaction(session -> {
            Board board = new Board("b");
            Ticket ticket = new Ticket(board, "t");
            session.persist(board);
            session.persist(ticket);
            session.flush();
            session.remove(ticket);
            return ticket.getId();
        }));
    }

    private static boolean exists(OrmKit orm, String tenant, java.util.UUID id) {
        return Tenants.as(tenant, () -> orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Ticket.class, id)) != null));
    }
}
