package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clinic's REST API over the starter: a keyset page of patients with their vets (a fetch plan) in at most 3
 * statements, the next page through the signed cursor, a soft delete recorded with the signed-in user, and the
 * patient's change log.
 */
@AutoConfigureTestPostgres
@AutoConfigureMockMvc
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create",
        "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class PatientApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PatientRepository patients;

    @Autowired
    VetRepository vets;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SqlCapture sql;

    @BeforeAll
    static void migrateTheChangeLog(@Autowired DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit").table("ormkit_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    @AfterAll
    static void signOut() {
        SignedIn.signOut();
    }

    @Test
    void keysetPagesOfPatientsWithTheirVetsThenASoftDeleteAndItsHistory() throws Exception {
        SignedIn.as("dr-ada");
        UUID[] ids = transactions.execute(status -> {
            Vet vet = vets.save(new Vet("James Carter", "radiology"));
            UUID[] saved = new UUID[5];
            for (int i = 0; i < 5; i++) {
                Patient cat = new Patient("Cat " + i, "cat");
                cat.assignTo(vet);
                saved[i] = patients.save(cat).getId();
            }
            return saved;
        });
        mvc.perform(get("/patients").param("species", "cat").param("size", "3")).andExpect(status().isOk());

        String[] next = new String[1];
        SqlLog page = sql.record(() -> {
            try {
                next[0] = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/patients").param("species", "cat")
                                .param("size", "3"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.patients.length()").value(3))
                        .andExpect(jsonPath("$.patients[0].name").value("Cat 0"))
                        .andExpect(jsonPath("$.patients[0].vet").value("James Carter"))
                        .andReturn().getResponse().getContentAsString(), "$.next");
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        assertThat(page.statements()).as(page.toString()).hasSizeLessThanOrEqualTo(3);
        page.assertNoNPlusOne();

        mvc.perform(get("/patients").param("species", "cat").param("size", "3").param("cursor", next[0]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patients.length()").value(2))
                .andExpect(jsonPath("$.patients[0].name").value("Cat 3"))
                .andExpect(jsonPath("$.next").doesNotExist());

        SignedIn.as("dr-bob");
        mvc.perform(delete("/patients/" + ids[4])).andExpect(status().isNoContent());
        mvc.perform(delete("/patients/" + ids[4])).andExpect(status().isNotFound());

        mvc.perform(get("/patients/" + ids[4] + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("INSERT"))
                .andExpect(jsonPath("$[0].actor").value("dr-ada"))
                .andExpect(jsonPath("$[1].action").value("DELETE"))
                .andExpect(jsonPath("$[1].actor").value("dr-bob"));
        mvc.perform(get("/patients").param("species", "cat").param("size", "10"))
                .andExpect(jsonPath("$.patients.length()").value(4));
    }
}
