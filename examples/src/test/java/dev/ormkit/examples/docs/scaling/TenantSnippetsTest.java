package dev.ormkit.examples.docs.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.tenant.Tenants;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The tenant snippets of docs/scaling.md, run on PostgreSQL. */
@PostgresTest(entities = {Board.class, Ticket.class})
class TenantSnippetsTest {

    @Test
    void eachTenantSeesItsOwnTickets(OrmKit orm) {
        file(orm, "acme", "Bug: login fails");
        file(orm, "acme", "Feature: dark mode");
        file(orm, "globex", "Bug: export is empty");

        // tag::tenants-as[]
        // OrmKit.builder(), persistence.xml, HibernatePersistenceConfiguration: nothing to configure
        List<Ticket> open = Tenants.as("acme", () -> orm.fromTransaction(session -> new EntityRepository<>(Ticket.class,
                () -> session).list(QuerySpec.<Ticket>where("e.title like :t").bind("t", "Bug%"))));
        // end::tenants-as[]

        assertThat(open).extracting(Ticket::getTitle).containsExactly("Bug: login fails");
        assertThat(open).extracting(Ticket::getTenantId).containsOnly("acme");
    }

    @Test
    void oneSessionWithItsOwnTenant(OrmKit orm) {
        file(orm, "initech", "Bug: stapler jams");
        file(orm, "umbrella", "Bug: lab door");
        SessionFactory sessionFactory = orm.sessionFactory();
        EntityManagerFactory emf = sessionFactory;

        // tag::one-session[]
        // or give one session its tenant without a scope (tenantIdentifier(Object): the String overload is deprecated)
        Object tenant = "initech";
        try (Session session = sessionFactory.withOptions().tenantIdentifier(tenant).openSession()) {
            List<Ticket> tickets = session.createSelectionQuery("from Ticket", Ticket.class).getResultList();
            // end::one-session[]
            assertThat(tickets).extracting(Ticket::getTitle).containsExactly("Bug: stapler jams");
        // tag::one-session[]
        }
        EntityManager em = emf.createEntityManager(Map.of("org.hibernate.tenantId", "initech"));
        // end::one-session[]

        try (em) {
            assertThat(em.createQuery("select t.title from Ticket t", String.class).getResultList())
                    .containsExactly("Bug: stapler jams");
        }
    }

    private static void file(OrmKit orm, String tenant, String title) {
        Tenants.as(tenant, () -> orm.inTransaction(session -> {
            Board board = new Board("Support");
            session.persist(board);
            session.persist(new Ticket(board, title));
        }));
    }
}
