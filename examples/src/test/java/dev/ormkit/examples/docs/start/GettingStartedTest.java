package dev.ormkit.examples.docs.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The snippets of docs/getting-started.md. */
@PostgresTest
class GettingStartedTest {

    @Test
    void startsOrmKitSavesAndCounts(TestDatabase database) {
        assertThat(start(database.jdbcUrl(), database.username(), database.password())).isEqualTo(1);
    }

    @Test
    void anImportedCustomerKeepsItsId(TestDatabase database) {
        UUID legacyId = UUID.fromString("0190f2a4-1111-7000-8000-000000000001");
        try (OrmKit orm = OrmKit.builder().dataSource(database.dataSource()).entities(Customer.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build()) {
            orm.inTransaction(session -> session.persist(Customer.imported(legacyId, "Ada")));
            Customer loaded = orm.fromTransaction(session -> session.find(Customer.class, legacyId));
            assertThat(loaded).isNotNull();
        }
    }

    private static long start(String jdbcUrl, String user, String secret) {
        long[] counted = new long[1];
        // tag::start[]
        try (OrmKit orm = OrmKit.builder()
                .jdbcUrl(jdbcUrl).username(user).password(secret)
                .entities(Owner.class)                     // or .packages("com.example.clinic")
                .clock(Clock.systemUTC())
                .defaultQueryTimeout(Duration.ofSeconds(10))
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .build()) {
            orm.inTransaction(session -> session.persist(new Owner("Ada")));
            long owners = orm.fromTransaction(session ->
                    session.createSelectionQuery("select count(*) from Owner", Long.class).getSingleResult());
            // end::start[]
            counted[0] = owners;
            // tag::start[]
        }
        // end::start[]
        return counted[0];
    }

    /** Compiled only: it needs the application's persistence.xml (PersistenceXmlBootstrapTest runs one). */
    static EntityManagerFactory withoutTheBuilder(Clock clock) {
        // tag::persistence-xml[]
        Map<String, Object> properties = Map.of(OrmKitProperties.CLOCK, clock);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("clinic", properties);
        // end::persistence-xml[]
        return factory;
    }
}
