package dev.ormkit.audit.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.audit.AuditEntry;
import org.hibernate.audit.AuditLog;
import org.hibernate.audit.AuditLogFactory;
import org.hibernate.audit.DefaultChangelog;
import org.hibernate.audit.ModificationType;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What Hibernate 7.4 itself now offers where docs/audit.md and docs/comparison.md compare ormkit with it, measured
 * rather than assumed: its incubating {@code @Audited} on an ormkit entity, and {@code setMaxResults} over a
 * collection fetch join. Plain Hibernate bootstrap (ormkit's builder refuses the non-BaseEntity changelog entity),
 * ormkit's jar on the class path, SQL recorded at the driver.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Hibernate74ProbeTest {

    private SessionFactory factory;
    private SqlCapture sql;

    @BeforeAll
    void start(DataSource dataSource, SqlCapture sql) {
        this.sql = sql;
        factory = new HibernatePersistenceConfiguration("probe")
                .managedClasses(Ledger.class, Entry.class, DefaultChangelog.class)
                .properties(Map.of("hibernate.connection.datasource", dataSource,
                        "jakarta.persistence.schema-generation.database.action", "create"))
                .createEntityManagerFactory().unwrap(SessionFactory.class);
    }

    @AfterAll
    void stop() {
        factory.close();
    }

    @Test
    void hibernatesAuditedRecordsWholeRowsPerChangesetInItsOwnTables() {
        Ledger ledger = new Ledger("rent", 1000);
        SqlLog insert = sql.record(() -> factory.inTransaction(session -> session.persist(ledger)));
        SqlLog update = sql.record(() -> factory.inTransaction(session ->
                session.find(Ledger.class, ledger.getId()).setBalanceCents(1200)));
        SqlLog delete = sql.record(() -> factory.inTransaction(session ->
                session.remove(session.find(Ledger.class, ledger.getId()))));

        // Measured: per transaction one changeset row (REVINFO: id and timestamp, no actor) and one audit row per
        // changed entity (Ledger_AUD: every audited column, not only the changed ones), besides the change itself;
        // the REVINFO id comes from a sequence (a SELECT nextval on the first changeset of an allocation).
        insert.assertCount(StatementKind.INSERT, 3);
        assertThat(insert.statements()).extracting(CapturedStatement::sql).satisfiesExactly(
                sql -> assertThat(sql).startsWith("insert into Ledger "),
                sql -> assertThat(sql).isEqualTo("select nextval('REVINFO_SEQ')"),
                sql -> assertThat(sql).startsWith("insert into REVINFO (REVTSTMP,REV)"),
                sql -> assertThat(sql).startsWith("insert into Ledger_AUD (balanceCents,created_at,name,updated_at,REV,REVTYPE,id)"));
        update.assertCount(StatementKind.INSERT, 2).assertCount(StatementKind.UPDATE, 1);
        delete.assertCount(StatementKind.INSERT, 2).assertCount(StatementKind.DELETE, 1);

        try (AuditLog log = AuditLogFactory.create(factory)) {
            List<AuditEntry<Ledger>> history = log.getHistory(Ledger.class, ledger.getId());
            assertThat(history).extracting(AuditEntry::modificationType)
                    .containsExactly(ModificationType.ADD, ModificationType.MOD, ModificationType.DEL);
            assertThat(history.get(1).entity().getBalanceCents()).isEqualTo(1200);
        }
    }

    @Test
    void maxResultsOverACollectionFetchPagesInSqlNotInMemory() {
        factory.inTransaction(session -> {
            for (int i = 0; i < 10; i++) {
                Ledger ledger = new Ledger("ledger " + i, i);
                ledger.add("a");
                ledger.add("b");
                session.persist(ledger);
            }
        });
        SqlLog log = sql.record(() -> factory.inTransaction(session -> {
            List<Ledger> page = session.createSelectionQuery(
                    "from Ledger l left join fetch l.entries where l.name like 'ledger %' order by l.name", Ledger.class)
                    .setFirstResult(3).setMaxResults(4).getResultList();
            assertThat(page).extracting(Ledger::getName).containsExactly("ledger 3", "ledger 4", "ledger 5", "ledger 6");
            assertThat(page).allSatisfy(ledger -> assertThat(ledger.getEntries()).hasSize(2));
        }));

        log.assertCount(StatementKind.SELECT, 1);
        assertThat(log.statements().get(0).sql()).as("the page is cut in SQL, over the root rows")
                .containsIgnoringCase("offset").containsIgnoringCase("fetch first");
    }
}
