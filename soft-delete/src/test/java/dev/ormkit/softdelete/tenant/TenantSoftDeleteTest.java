package dev.ormkit.softdelete.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.tenant.Tenants;
import dev.ormkit.softdelete.SoftDeletableRepository;
import dev.ormkit.softdelete.SoftDeleteException;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.softdelete.routes.Bootstraps;
import dev.ormkit.softdelete.routes.Bootstraps.Bootstrap;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Soft delete and Hibernate's tenant restriction compose: under ormkit's builder and a plain
 * {@code HibernatePersistenceConfiguration}, every query shape hides both deleted rows and other tenants' rows, every
 * deletion route soft-deletes the session's tenant's rows only (an unrestricted bulk {@code delete from Ticket} included),
 * and restore, purge and retention never reach another tenant. Each test uses tenants of its own; rows are checked with
 * plain JDBC.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSoftDeleteTest {

    @RegisterExtension
    static final Bootstraps bootstraps = new Bootstraps(Board.class, Ticket.class);

    private <R> R as(Bootstrap bootstrap, String tenant, Function<Session, R> work) {
        return Tenants.as(tenant, () -> bootstraps.factory(bootstrap).fromTransaction(work));
    }

    private static String tenant(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /** Three live tickets of {@code tenant} on one board. */
    private List<UUID> tickets(Bootstrap bootstrap, String tenant) {
        return as(bootstrap, tenant, session -> {
            Board board = new Board(tenant);
            session.persist(board);
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Ticket ticket = new Ticket(board, "ticket " + i);
                session.persist(ticket);
                ids.add(ticket.getId());
            }
            return ids;
        });
    }

    private Instant tick() {
        bootstraps.clock.advance(Duration.ofSeconds(1));
        return bootstraps.clock.instant();
    }

    private Instant deletedAt(Bootstrap bootstrap, UUID id) {
        return bootstraps.row(bootstrap, "ticket", id).deletedAt();
    }

    private void assertLive(Bootstrap bootstrap, List<UUID> ids) {
        for (UUID id : ids) {
            Bootstraps.Row row = bootstraps.row(bootstrap, "ticket", id);
            assertThat(row.exists()).isTrue();
            assertThat(row.deletedAt()).as("deleted_at of another tenant's row").isNull();
            assertThat(row.version()).isZero();
        }
    }

    private static long count(Session session, String hql) {
        return session.createSelectionQuery(hql, Long.class).getSingleResult();
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void everyQueryShapeHidesDeletedRowsAndOtherTenants(Bootstrap bootstrap) {
        String a = tenant("a");
        String b = tenant("b");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, b);
        as(bootstrap, a, session -> {
            session.remove(session.find(Ticket.class, mine.get(2)));
            return null;
        });
        as(bootstrap, b, session -> {
            session.remove(session.find(Ticket.class, theirs.get(2)));
            return null;
        });

        as(bootstrap, a, session -> {
            assertThat(session.find(Ticket.class, mine.get(2))).as("find of a deleted row").isNull();
            assertThat(session.find(Ticket.class, theirs.get(0))).as("find of another tenant's row").isNull();
            assertThat(count(session, "select count(*) from Ticket")).as("HQL").isEqualTo(2);
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<Long> criteria = builder.createQuery(Long.class);
            criteria.select(builder.count(criteria.from(Ticket.class)));
            assertThat(session.createSelectionQuery(criteria).getSingleResult()).as("Criteria").isEqualTo(2);
            SoftDeletableRepository<Ticket> repository = new SoftDeletableRepository<>(Ticket.class, () -> session);
            QuerySpec<Ticket> byTitle = QuerySpec.<Ticket>all().orderBy(Sort.asc("title"));
            assertThat(repository.page(byTitle, PageRequest.ofSize(10).withTotal()).totalElements()).isEqualTo(2);
            if (bootstrap == Bootstrap.BUILDER) { // the shared bootstraps set no cursor secret but under the builder
                assertThat(repository.scroll(byTitle, PageRequest.ofSize(10)).content()).extracting(Ticket::getId)
                        .containsExactly(mine.get(0), mine.get(1));
            }
            assertThat(repository.list(QuerySpec.<Ticket>all().fetch("board"))).hasSize(2)
                    .allSatisfy(ticket -> assertThat(ticket.getBoard().getName()).isEqualTo(a));
            assertThat(SoftDeletes.includingDeleted(session, () -> count(session, "select count(*) from Ticket")))
                    .as("including deleted, own tenant only").isEqualTo(3);
            assertThat(SoftDeletes.onlyDeleted(session, () -> session
                    .createSelectionQuery("select t.id from Ticket t", UUID.class).getResultList()))
                    .as("only deleted, own tenant only").containsExactly(mine.get(2));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void anUnrestrictedJpqlBulkDeleteSoftDeletesTheSessionsTenantOnly(Bootstrap bootstrap) {
        String a = tenant("a");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, tenant("b"));
        Instant now = tick();

        int count = as(bootstrap, a, session -> session.createMutationQuery("delete from Ticket").executeUpdate());

        assertThat(count).isEqualTo(3);
        mine.forEach(id -> assertThat(deletedAt(bootstrap, id)).isEqualTo(now));
        assertLive(bootstrap, theirs);
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void criteriaAndStatelessBulkDeletesSoftDeleteTheSessionsTenantOnly(Bootstrap bootstrap) {
        String a = tenant("a");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, tenant("b"));
        Instant criteriaRun = tick();

        int byCriteria = as(bootstrap, a, session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaDelete<Ticket> delete = builder.createCriteriaDelete(Ticket.class);
            delete.where(builder.equal(delete.from(Ticket.class).get("title"), "ticket 0"));
            return session.createMutationQuery(delete).executeUpdate();
        });
        Instant statelessRun = tick();
        int stateless = Tenants.as(a, () -> bootstraps.factory(bootstrap).fromStatelessTransaction(
                (StatelessSession session) -> session.createMutationQuery("delete from Ticket").executeUpdate()));

        assertThat(byCriteria).isOne();
        assertThat(stateless).as("the two rows still live").isEqualTo(2);
        assertThat(deletedAt(bootstrap, mine.get(0))).isEqualTo(criteriaRun);
        assertThat(deletedAt(bootstrap, mine.get(1))).isEqualTo(statelessRun);
        assertLive(bootstrap, theirs);
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void removeStatelessDeleteAndDeleteAllSoftDeleteTheSessionsTenantOnly(Bootstrap bootstrap) {
        String a = tenant("a");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, tenant("b"));
        Instant removed = tick();
        as(bootstrap, a, session -> {
            session.remove(session.find(Ticket.class, mine.get(0)));
            return null;
        });
        Instant statelessDeleted = tick();
        Tenants.as(a, () -> bootstraps.factory(bootstrap).inStatelessTransaction(session -> session
                .delete(session.get(Ticket.class, mine.get(1)))));
        Instant all = tick();
        long deleted = as(bootstrap, a, session -> SoftDeletes.deleteAll(session, Ticket.class, QuerySpec.all()));

        assertThat(deleted).isOne();
        assertThat(deletedAt(bootstrap, mine.get(0))).isEqualTo(removed);
        assertThat(deletedAt(bootstrap, mine.get(1))).isEqualTo(statelessDeleted);
        assertThat(deletedAt(bootstrap, mine.get(2))).isEqualTo(all);
        assertLive(bootstrap, theirs);
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void restoreAndPurgeNeverReachAnotherTenantsRow(Bootstrap bootstrap) {
        String a = tenant("a");
        String b = tenant("b");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, b);
        tick();
        as(bootstrap, a, session -> session.createMutationQuery("delete from Ticket").executeUpdate());
        Instant theirsDeleted = tick();
        as(bootstrap, b, session -> session.createMutationQuery("delete from Ticket").executeUpdate());

        assertThatThrownBy(() -> as(bootstrap, a, session -> SoftDeletes.restore(session, Ticket.class, theirs.get(0))))
                .isInstanceOf(SoftDeleteException.class).hasMessageContaining("no such row");
        Ticket detachedTheirs = as(bootstrap, b, session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Ticket.class, theirs.get(1))));
        boolean purged = as(bootstrap, a, session -> SoftDeletes.purge(session, detachedTheirs));
        int restored = as(bootstrap, a, session -> SoftDeletes.restore(session, Ticket.class, mine.get(0)));

        assertThat(purged).as("purge of another tenant's row").isFalse();
        assertThat(restored).isOne();

        assertThat(deletedAt(bootstrap, mine.get(0))).isNull();
        for (UUID id : theirs) {
            assertThat(deletedAt(bootstrap, id)).as("another tenant's deleted row stays deleted").isEqualTo(theirsDeleted);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = {"BUILDER", "HIBERNATE_CONFIGURATION"})
    void retentionPurgesTheSessionsTenantOnly(Bootstrap bootstrap) {
        String a = tenant("a");
        String b = tenant("b");
        List<UUID> mine = tickets(bootstrap, a);
        List<UUID> theirs = tickets(bootstrap, b);
        tick();
        as(bootstrap, a, session -> session.createMutationQuery("delete from Ticket").executeUpdate());
        as(bootstrap, b, session -> session.createMutationQuery("delete from Ticket").executeUpdate());
        Instant cutoff = tick();

        int purged = as(bootstrap, a, session -> SoftDeletes.purgeDeletedBefore(session, Ticket.class, cutoff));

        assertThat(purged).isEqualTo(3);
        mine.forEach(id -> assertThat(bootstraps.row(bootstrap, "ticket", id).exists()).isFalse());
        theirs.forEach(id -> assertThat(bootstraps.row(bootstrap, "ticket", id).exists()).isTrue());
    }
}
