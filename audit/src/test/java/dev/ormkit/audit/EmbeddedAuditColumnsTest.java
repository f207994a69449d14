package dev.ormkit.audit;

import dev.ormkit.testkit.TestClock;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Client;
import dev.ormkit.audit.model.Person;
import dev.ormkit.audit.model.Subscriber;
import dev.ormkit.audit.model.Vet;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.Entity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entities with a superclass of their own get the audit columns from one embedded field. */
@AuditTest
class EmbeddedAuditColumnsTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;
    private final TestClock clock;

    EmbeddedAuditColumnsTest(OrmKit orm, SignedInUser signedIn, TestClock clock) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
        this.clock = clock;
    }

    private List<String> columns(String table) {
        return orm.fromTransaction(session -> session.createNativeQuery(
                "select column_name from information_schema.columns where table_name = :table order by column_name",
                String.class).setParameter("table", table).getResultList());
    }

    private Client client(UUID id) {
        return orm.fromTransaction(session -> session.find(Client.class, id));
    }

    @Test
    void theEmbeddedColumnsAreTheAuditColumnsAndOnlyAuditedTablesHaveThem() {
        assertThat(columns("client")).contains("created_by", "updated_by").doesNotContain("deleted_by", "audit");
        assertThat(columns("subscriber")).contains("created_by", "updated_by", "deleted_by", "deleted_at");
        assertThat(columns("vet")).doesNotContain("created_by", "updated_by", "deleted_by", "deleted_at");
        orm.inTransaction(session -> session.persist(new Vet("Dr. Plain")));
    }

    @Test
    void insertAndRealUpdatesFillThemAsOnAuditedEntity() {
        loggedIn.set("ada");
        Client client = new Client("George");
        orm.inTransaction(session -> session.persist(client));
        assertThat(client.getCreatedBy()).isEqualTo("ada");

        clock.advance(Duration.ofMinutes(1));
        loggedIn.set("bob");
        orm.inTransaction(session -> session.find(Client.class, client.getId()).setName("George"));
        assertThat(client(client.getId()).getUpdatedBy()).as("no real change").isEqualTo("ada");

        orm.inTransaction(session -> session.find(Client.class, client.getId()).setName("Georgina"));
        Client loaded = client(client.getId());
        assertThat(loaded.getCreatedBy()).isEqualTo("ada");
        assertThat(loaded.getUpdatedBy()).isEqualTo("bob");
        assertThat(loaded.getVersion()).isEqualTo(1L);
        List<Change> history = orm.fromTransaction(
                session -> ChangeLog.history(session, Client.class, client.getId(), PageRequest.ofSize(10)));
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.UPDATE);
        assertThat(history.get(1).changes()).isEqualTo("{\"name\": {\"new\": \"Georgina\", \"old\": \"George\"}}");
    }

    @Test
    void anEntityThatImplementsTheInterfaceWithoutEmbeddingTheColumnsFailsAtStartNamingTheFix(TestDatabase database) {
        assertThatThrownBy(() -> OrmKit.builder().dataSource(database.dataSource()).entities(Unembedded.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("Entity " + Unembedded.class.getName() + " implements "
                        + AuditedWithColumns.class.getName() + " but maps no embedded AuditColumns")
                .hasMessageContaining("@Embedded private AuditColumns audit = new AuditColumns();");
    }

    @Entity
    static class Unembedded extends Person implements AuditedWithColumns {

        private final transient AuditColumns columns = new AuditColumns();

        @Override
        public AuditColumns auditColumns() {
            return columns;
        }
    }

    @Test
    void aVersionOnlyUpdateMovesTheEmbeddedUpdatedBy() {
        loggedIn.set("ada");
        Client client = new Client("With sheets");
        orm.inTransaction(session -> session.persist(client));
        loggedIn.set("bob");

        orm.inTransaction(session -> session.find(Client.class, client.getId()).addSheet("page"));

        Client loaded = client(client.getId());
        assertThat(loaded.getVersion()).isEqualTo(1L);
        assertThat(loaded.getUpdatedBy()).isEqualTo("bob");
        assertThat(loaded.getCreatedBy()).isEqualTo("ada");
    }

    @Test
    void batchInsertAndBulkImportFillThemToo() {
        loggedIn.set("loader");
        Client client = new Client("Batched");
        Subscriber subscriber = new Subscriber("Copied");

        orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(client)));
        orm.inTransaction(session -> BulkImport.copy(session, Subscriber.class, List.of(subscriber)));

        Client loaded = client(client.getId());
        assertThat(loaded.getCreatedBy()).isEqualTo("loader");
        assertThat(loaded.getUpdatedBy()).isEqualTo("loader");
        Subscriber copied = orm.fromTransaction(session -> session.find(Subscriber.class, subscriber.getId()));
        assertThat(copied.getCreatedBy()).isEqualTo("loader");
        assertThat(copied.getUpdatedBy()).isEqualTo("loader");
        assertThat(copied.getDeletedBy()).isNull();
    }

    @Test
    void softDeleteAndRestoreSetAndClearDeletedBy() {
        loggedIn.set("ada");
        Subscriber subscriber = new Subscriber("Jean");
        orm.inTransaction(session -> session.persist(subscriber));

        loggedIn.set("bob");
        orm.inTransaction(session -> session.remove(session.find(Subscriber.class, subscriber.getId())));
        Subscriber deleted = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Subscriber.class, subscriber.getId())));
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getDeletedBy()).isEqualTo("bob");
        assertThat(deleted.getUpdatedBy()).isEqualTo("bob");
        assertThat(deleted.getCreatedBy()).isEqualTo("ada");

        loggedIn.set("carol");
        orm.inTransaction(session -> SoftDeletes.restore(session, Subscriber.class, subscriber.getId()));
        Subscriber restored = orm.fromTransaction(session -> session.find(Subscriber.class, subscriber.getId()));
        assertThat(restored.getDeletedBy()).isNull();
        assertThat(restored.getUpdatedBy()).isEqualTo("carol");
    }
}
