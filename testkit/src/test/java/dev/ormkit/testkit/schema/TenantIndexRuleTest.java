package dev.ormkit.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** {@link SchemaRule#TENANT_INDEX}: on a tenant's table, unique and foreign-key indexes lead with tenant_id. */
class TenantIndexRuleTest {

    private static final String BOARD = "create table board (id uuid primary key, tenant_id text not null, "
            + "created_at timestamptz not null, updated_at timestamptz not null)";
    private static final String TICKET = "create table ticket (id uuid primary key, tenant_id text not null, "
            + "board_id uuid not null references board (id) on delete restrict, email text, "
            + "created_at timestamptz not null, updated_at timestamptz not null, deleted_at timestamptz)";

    private static List<Violation> check(String... ddl) {
        return Schemas.check("tenant_rules", ddl);
    }

    @Test
    void indexesLeadingWithTheTenantPassAndTheTenantColumnNeedsNoForeignKey() {
        assertThat(check(BOARD, TICKET,
                "create index ticket_tenant_board on ticket (tenant_id, board_id)",
                "create unique index ticket_tenant_email on ticket (tenant_id, email) where deleted_at is null"))
                .isEmpty();
    }

    @Test
    void aUniqueIndexWithoutTheTenantIsReportedAsUniqueAcrossTenants() {
        assertThat(check(BOARD, TICKET, "create index ticket_tenant_board on ticket (tenant_id, board_id)",
                "create unique index ticket_email on ticket (email) where deleted_at is null"))
                .extracting(Violation::rule, Violation::table, Violation::column, Violation::detail)
                .containsExactly(Tuple.tuple(SchemaRule.TENANT_INDEX, "ticket", "email", "unique index ticket_email "
                        + "does not lead with tenant_id: its values are unique across all tenants, so one tenant's row "
                        + "blocks the same value in another's"));
    }

    @Test
    void aForeignKeyIndexWithoutTheTenantIsReported() {
        List<Violation> found = check(BOARD, TICKET, "create index ticket_board on ticket (board_id)");

        assertThat(found).extracting(Violation::rule, Violation::column)
                .containsExactly(Tuple.tuple(SchemaRule.TENANT_INDEX, "board_id"));
        assertThat(found.get(0).toString()).contains("every query of a @TenantId entity filters by")
                .contains("Fix:").contains("(tenant_id, x_id)");
    }

    @Test
    void tablesWithoutATenantColumnAreNotConcerned() {
        assertThat(check("create table plain (id uuid primary key, board_id uuid, email text, "
                + "created_at timestamptz not null, updated_at timestamptz not null)",
                "create unique index plain_email on plain (email)"))
                .extracting(Violation::rule).containsExactly(SchemaRule.FOREIGN_KEY);
    }
}
