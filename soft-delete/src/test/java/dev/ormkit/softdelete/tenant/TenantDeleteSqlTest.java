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
 * carry the tenant restriction Hibernate adds to the statement it translated.
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
    void retentionDeletesCarryTheTenantRestriction(OrmKit orm, SqlCapture capture) {
        SqlLog log = capture.record(() -> Tenants.as("acme", () -> orm.inTransaction(session -> SoftDeletes
                .purgeDeletedBefore(session, Ticket.class, Instant.parse("2026-01-01T00:00:00Z")))));

        log.assertCount(StatementKind.DELETE, 1);
        assertThat(log.statements().get(0).sql()).startsWith("delete from ticket").contains("tenant_id = ?");
    }
}
