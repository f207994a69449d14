package dev.ormkit.examples.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.examples.clinic.Owner;
import dev.ormkit.examples.clinic.Pet;
import dev.ormkit.examples.clinic.Vet;
import dev.ormkit.examples.clinic.Visit;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

// tag::customizer[]
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class, Vet.class}, customizers = SignedInUserTest.SignedIn.class)
class SignedInUserTest {

    static final class SignedIn implements OrmKitCustomizer {
        final AtomicReference<String> user = new AtomicReference<>("ada");

        @Override
        public void customize(OrmKitBuilder builder, TestDatabase database) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/ormkit/audit")
                    .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(user.get()));
        }
    }

    @Test
    void aChangeIsRecordedAsTheSignedInUsers(OrmKit orm, SignedIn signedIn) {
        signedIn.user.set("grace");
        Owner owner = new Owner("Ada", "Madison", "ada@example.com");
        orm.inTransaction(session -> session.persist(owner));

        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded.getCreatedBy()).isEqualTo("grace");
    }
}
// end::customizer[]
