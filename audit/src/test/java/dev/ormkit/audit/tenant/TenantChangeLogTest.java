package dev.ormkit.audit.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.ChangeLog;
import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.tenant.Tenants;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The change log of tenant-scoped entities: each entry records the tenant of the session that made the change, and
 * {@code ChangeLog.history}/{@code byActor} read the session's tenant's entries only. The table comes from ormkit's
 * own migrations (V1 and V2), as an application gets it.
 */
@PostgresTest(createSchema = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantChangeLogTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-06-01T09:00:00Z"));
    private TestDatabase database;
    private OrmKit orm;

    @BeforeAll
    void start(TestDatabase db) {
        database = db;
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        orm = OrmKit.builder().dataSource(db.dataSource()).entities(Contract.class).clock(clock)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
    }

    @AfterAll
    void stop() {
        orm.close();
    }

    private <R> R as(String tenant, String actor, Function<Session, R> work) {
        return Tenants.as(tenant, () -> Auditing.as(actor, () -> orm.fromTransaction(work)));
    }

    /** A contract created, changed and soft-deleted by {@code actor} as {@code tenant}. */
    private UUID history(String tenant, String actor) {
        UUID id = as(tenant, actor, session -> {
            Contract contract = new Contract(100);
            session.persist(contract);
            return contract.getId();
        });
        clock.advance(Duration.ofMinutes(1));
        as(tenant, actor, session -> {
            session.find(Contract.class, id).setAmountCents(200);
            return null;
        });
        clock.advance(Duration.ofMinutes(1));
        as(tenant, actor, session -> {
            session.remove(session.find(Contract.class, id));
            return null;
        });
        return id;
    }

    @Test
    void eachEntryRecordsTheTenantOfItsSession() {
        UUID acme = history("acme", "ada");
        UUID globex = history("globex", "ada");

        assertThat(tenants(acme)).containsExactly("acme", "acme", "acme");
        assertThat(tenants(globex)).containsExactly("globex", "globex", "globex");
    }

    @Test
    void historyAndByActorReadTheSessionsTenantOnly() {
        UUID acme = history("acme", "grace");
        UUID globex = history("globex", "grace");
        PageRequest page = PageRequest.ofSize(50);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");

        List<ChangeLog.Change> own = as("acme", "grace", session -> ChangeLog.history(session, Contract.class, acme, page));
        List<ChangeLog.Change> others = as("acme", "grace",
                session -> ChangeLog.history(session, Contract.class, globex, page));
        List<ChangeLog.Change> byGrace = as("globex", "grace",
                session -> ChangeLog.byActor(session, "grace", from, to, page));

        assertThat(own).extracting(ChangeLog.Change::action).containsExactly(Action.INSERT, Action.UPDATE, Action.DELETE);
        assertThat(others).as("another tenant's entity").isEmpty();
        assertThat(byGrace).extracting(ChangeLog.Change::entityId).containsOnly(globex).hasSize(3);
    }

    private List<String> tenants(UUID entityId) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select tenant_id from ormkit_change_log where entity_id = ? order by changed_at")) {
            select.setObject(1, entityId);
            List<String> tenants = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
            return tenants;
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
