package dev.ormkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

/** The audit model without a signed-in user's provider. */
@PostgresTest(strictFetch = false, customizers = AuditModel.class)
class SystemActorTest {

    @Test
    void withoutAProviderTheSystemActorIsRecorded(OrmKit orm) {
        Memo memo = new Memo("cron");
        orm.inTransaction(session -> session.persist(memo));

        assertThat(orm.<String>fromTransaction(session -> session.find(Memo.class, memo.getId()).getCreatedBy()))
                .isEqualTo("system");
    }

    @Test
    void theSystemActorIsConfigurableAndAnEmptyProviderFallsBackToIt(TestDatabase database) {
        try (OrmKit orm = OrmKit.builder().dataSource(database.dataSource())
                .entities(Invoice.class, Member.class, Memo.class)
                .property(Auditing.SYSTEM_ACTOR, "scheduler")
                .property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) java.util.Optional::empty)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create")
                .build()) {
            Memo memo = new Memo("cron");
            orm.inTransaction(session -> session.persist(memo));

            assertThat(orm.<String>fromTransaction(session -> session.find(Memo.class, memo.getId()).getUpdatedBy()))
                    .isEqualTo("scheduler");
        }
    }

    @Test
    void aProviderOfTheWrongTypeFailsAtStart(TestDatabase database) {
        assertThatThrownBy(() -> OrmKit.builder().dataSource(database.dataSource()).entities(Memo.class)
                .property(Auditing.AUDITOR_PROVIDER, "com.example.MyProvider").build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining(Auditing.AUDITOR_PROVIDER).hasMessageContaining("AuditorProvider");
    }
}
