package dev.ormkit.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BaseEntity works when the application bootstraps JPA from persistence.xml, without OrmKit.builder(). */
@PostgresTest
class PersistenceXmlBootstrapTest {

    @Test
    void baseEntityGetsIdsTimestampsAndVersionsWithoutTheBuilder(TestDatabase db) {
        TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
        Map<String, Object> properties = Map.of(
                "jakarta.persistence.jdbc.url", db.jdbcUrl(),
                "jakarta.persistence.jdbc.user", db.username(),
                "jakarta.persistence.jdbc.password", db.password(),
                OrmKitProperties.CLOCK, clock);
        try (EntityManagerFactory factory = Persistence.createEntityManagerFactory("plain-jpa", properties)) {
            Owner owner = new Owner("Ada", "London");
            inTransaction(factory, em -> em.persist(owner));
            clock.advance(Duration.ofHours(1));
            inTransaction(factory, em -> em.find(Owner.class, owner.getId()).setName("Ada L."));

            EntityManager em = factory.createEntityManager();
            Owner loaded = em.find(Owner.class, owner.getId());
            assertThat(loaded).isEqualTo(owner);
            assertThat(loaded.getCreatedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
            assertThat(loaded.getUpdatedAt()).isEqualTo(Instant.parse("2026-05-01T11:00:00Z"));
            assertThat(loaded.getVersion()).isEqualTo(1L);
            em.close();
        }
    }

    private static void inTransaction(EntityManagerFactory factory, java.util.function.Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
