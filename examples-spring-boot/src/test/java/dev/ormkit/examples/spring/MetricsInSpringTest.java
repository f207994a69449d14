package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With Actuator and ormkit-micrometer on the class path, ormkit's meters appear in Boot's MeterRegistry and the fetch
 * discipline comes from {@code ormkit.fetch-discipline}: no code in the application.
 */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create", "ormkit.fetch-discipline=report",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=1"})
class MetricsInSpringTest {

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

    @Autowired
    MeterRegistry meters;

    @Test
    void ormkitMetersRegisterWithBootsMeterRegistry() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit").table("ormkit_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        SignedIn.as("dr-ada");
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 12; i++) {
                Vet vet = new Vet("Vet " + i, "dogs");
                entityManager.persist(vet);
                Patient patient = new Patient("Patient " + i, "dog");
                patient.assignTo(vet);
                patients.save(patient);
            }
        });

        transactions.executeWithoutResult(status -> patients.list(QuerySpec.<Patient>all().limit(12))
                .forEach(patient -> patient.getVet().getName()));

        assertThat(meters.get("ormkit.lazy.loads").tags("entity", "Patient", "association", "vet", "discipline", "report")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("ormkit.n_plus_one.reports").tags("entity", "Vet", "association", "Patient.vet")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("ormkit.repository.statements").tags("entity", "Patient", "operation", "list")
                .summary().count()).isEqualTo(1);
    }
}
