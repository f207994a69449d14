package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.ChangeLog;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** ormkit's repository, soft delete and audit inside Spring Boot: Spring starts JPA and owns the transactions. */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create", "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class OrmKitFeaturesInSpringTest {

    @AfterAll
    static void signOut() {
        SignedIn.signOut();
    }

    @Autowired
    PatientRepository patients;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void repositoryAuditAndSoftDeleteWorkWithSpringsEntityManager() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit").table("ormkit_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        SignedIn.as("dr-ada");
        UUID id = transactions.execute(status -> {
            Patient rex = patients.save(new Patient("Rex", "dog"));
            patients.save(new Patient("Fido", "dog"));
            return rex.getId();
        });

        SignedIn.as("dr-bob");
        transactions.executeWithoutResult(status -> patients.delete(patients.get(id)));

        CursoredPage<Patient> dogs = transactions.execute(status -> patients.bySpecies("dog", PageRequest.ofSize(10)));
        assertThat(dogs.content()).extracting(Patient::getName).containsExactly("Fido");
        Patient deleted = transactions.execute(status -> SoftDeletes.includingDeleted(entityManager,
                () -> entityManager.find(Patient.class, id)));
        assertThat(deleted.getCreatedBy()).isEqualTo("dr-ada");
        assertThat(deleted.getDeletedBy()).isEqualTo("dr-bob");
        java.util.List<ChangeLog.Change> history = transactions.execute(status ->
                ChangeLog.history(entityManager, Patient.class, id, PageRequest.ofSize(10)));
        assertThat(history).extracting(ChangeLog.Change::actor).containsExactly("dr-ada", "dr-bob");
    }
}
