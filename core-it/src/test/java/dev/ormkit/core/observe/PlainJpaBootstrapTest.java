package dev.ormkit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Report mode and N+1 detection when the application bootstraps JPA itself, with the settings as text (as in
 * persistence.xml) and the listener named by class: through a Session and a StatelessSession.
 */
@PostgresTest
class PlainJpaBootstrapTest {

    private static SessionFactory factory;
    private static List<UUID> petIds;

    @BeforeAll
    static void start(TestDatabase database) {
        factory = new HibernatePersistenceConfiguration("plain")
                .managedClasses(Owner.class, Pet.class, Visit.class)
                .jdbcUrl(database.jdbcUrl()).jdbcCredentials(database.username(), database.password())
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property("hibernate.default_batch_fetch_size", "1")
                .property(OrmKitProperties.FETCH_DISCIPLINE, "report")
                .property(OrmKitProperties.LISTENERS, StaticListener.class.getName())
                .createEntityManagerFactory();
        factory.inTransaction(session -> {
            for (int i = 0; i < 12; i++) {
                Owner owner = new Owner("owner " + i, "city");
                owner.addPet("pet " + i);
                session.persist(owner);
                owner.getPets().forEach(session::persist);
            }
        });
        petIds = factory.fromTransaction(session -> session.createSelectionQuery("select p.id from Pet p", UUID.class)
                .getResultList());
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @BeforeEach
    void clear() {
        StaticListener.EVENTS.clear();
    }

    @Test
    void aSessionReportsTheLazyLoadAndTheNPlusOne() {
        factory.inTransaction(session -> session.createSelectionQuery("from Pet", Pet.class).getResultList()
                .forEach(pet -> pet.getOwner().getName()));

        assertThat(StaticListener.EVENTS).filteredOn(LazyLoadReport.class::isInstance).singleElement()
                .satisfies(event -> {
                    LazyLoadReport report = (LazyLoadReport) event;
                    assertThat(report.entity()).isEqualTo("Pet");
                    assertThat(report.association()).isEqualTo("owner");
                    assertThat(report.discipline()).isEqualTo(FetchDiscipline.REPORT);
                    assertThat(report.loadedBy()).as("no repository read in this session").isNull();
                });
        assertThat(StaticListener.EVENTS).filteredOn(NPlusOneReport.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((NPlusOneReport) event).association()).isEqualTo("Pet.owner"));
    }

    @Test
    void aStatelessSessionReportsTheNPlusOneOfGetsInALoop() {
        factory.inStatelessTransaction(session -> petIds.forEach(id -> session.get(Pet.class, id)));

        assertThat(StaticListener.EVENTS).filteredOn(NPlusOneReport.class::isInstance).singleElement()
                .satisfies(event -> {
                    NPlusOneReport report = (NPlusOneReport) event;
                    assertThat(report.entity()).isEqualTo("Pet");
                    assertThat(report.origin()).contains("PlainJpaBootstrapTest");
                });
    }
}
