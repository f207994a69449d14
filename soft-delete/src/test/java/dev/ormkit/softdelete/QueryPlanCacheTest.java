package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.OrderLine;
import dev.ormkit.softdelete.model.PurchaseOrder;
import dev.ormkit.softdelete.model.Tag;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.internal.StandardPersisterClassResolver;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hiding deleted rows does not cost the application Hibernate's query plan cache: no filter is enabled in a
 * default session (Hibernate translates every query again while any filter is), the live condition is part
 * of the cached SQL, and only the explicit visibility scopes build fresh plans.
 */
@PostgresTest(entities = {Customer.class, PurchaseOrder.class, OrderLine.class, Tag.class}, strictFetch = false,
        customizers = QueryPlanCacheTest.WithStatistics.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanCacheTest {

    static final class WithStatistics implements OrmKitCustomizer {
        @Override
        public void customize(OrmKitBuilder builder, TestDatabase database) {
            builder.property("hibernate.generate_statistics", "true");
        }
    }

    private static final String BY_NAME = "from Customer c where c.name in (:names) order by c.name";

    private final SqlCapture capture;
    private final OrmKit orm;
    private Statistics statistics;

    QueryPlanCacheTest(OrmKit orm, SqlCapture capture) {
        this.orm = orm;
        this.capture = capture;
    }

    @BeforeAll
    void start() {
        statistics = orm.sessionFactory().getStatistics();
        Customer ada = new Customer("Ada", "ada@plan.example");
        Customer bob = new Customer("Bob", "bob@plan.example");
        ada.order("A-1");
        ada.order("A-2");
        orm.inTransaction(session -> {
            session.persist(ada);
            session.persist(bob);
        });
        orm.inTransaction(session -> {
            session.remove(session.find(Customer.class, bob.getId()));
            Customer found = session.find(Customer.class, ada.getId());
            session.remove(found.getOrders().get(1));
        });
    }

    @Test
    void aDefaultSessionEnablesNoFilterAndReusesTheCachedPlan() {
        List<String> first = names();
        long hits = statistics.getQueryPlanCacheHitCount();

        List<String> second = names();
        List<String> third = names();

        assertThat(first).containsExactly("Ada");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(statistics.getQueryPlanCacheHitCount() - hits).as("query plan cache hits").isEqualTo(2);
        orm.inTransaction(session -> assertThat(((SessionImplementor) session).getLoadQueryInfluencers()
                .hasEnabledFilters()).as("filters enabled in a default session").isFalse());
        assertThat(lastSelect()).contains("deleted_at is null");
    }

    @Test
    void scopesBuildFreshPlansAndTheCachedPlanStaysLiveOnly() {
        names();
        List<String> all = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session, () -> names(session)));
        assertThat(lastSelect()).doesNotContain("deleted_at is null").doesNotContain("1 = 1");
        List<String> deletedOnly = orm.fromTransaction(session -> SoftDeletes.onlyDeleted(session, () -> names(session)));
        assertThat(lastSelect()).contains("deleted_at is not null");

        assertThat(all).containsExactly("Ada", "Bob");
        assertThat(deletedOnly).containsExactly("Bob");
        assertThat(names()).as("the default again, from the cached plan").containsExactly("Ada");
    }

    @Test
    void collectionsFollowTheScopeAndTheDefault() {
        String orders = "select count(o) from Customer c join c.orders o";
        assertThat(this.<Long>read(s -> s.createSelectionQuery(orders, Long.class).getSingleResult())).isEqualTo(1L);
        assertThat(this.<Integer>read(s -> SoftDeletes.includingDeleted(s,
                () -> first(s).getOrders().size()))).isEqualTo(2);
        assertThat(this.<Integer>read(s -> first(s).getOrders().size())).as("the cached loader, live only").isEqualTo(1);
        assertThat(this.<Long>read(s -> SoftDeletes.includingDeleted(s,
                () -> s.createSelectionQuery(orders, Long.class).getSingleResult()))).isEqualTo(2L);
    }

    /**
     * ormkit's persisters put the live condition into the SQL Hibernate caches for the entity and each collection
     * (one-to-many, many-to-many, a collection of a soft-deletable child's own children), with no filter enabled.
     */
    @Test
    void softDeletableEntitiesAndTheirCollectionsLoadOnlyLiveRowsThroughCachedSql() {
        SqlLog log = capture.record(() -> orm.inTransaction(session -> {
            Customer ada = first(session);
            ada.getOrders().forEach(order -> order.getLines().size());
            ada.getTags().size();
        }));

        assertThat(log.statements()).extracting(CapturedStatement::sql).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(sql -> assertThat(sql).startsWith("select").contains("deleted_at is null"));
    }

    @Test
    void aPersisterResolverOfTheApplicationIsRefusedWithTheSettingNamed(TestDatabase database) {
        assertThatThrownBy(() -> OrmKit.builder().dataSource(database.dataSource()).entities(Customer.class,
                        PurchaseOrder.class, OrderLine.class, Tag.class)
                .property("hibernate.persister.resolver", StandardPersisterClassResolver.class.getName()).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("hibernate.persister.resolver")
                .hasMessageContaining("ormkit-soft-delete");
    }

    private List<String> names() {
        return orm.fromTransaction(QueryPlanCacheTest::names);
    }

    private static List<String> names(Session session) {
        return session.createSelectionQuery(BY_NAME, Customer.class).setParameter("names", List.of("Ada", "Bob"))
                .getResultList().stream().map(Customer::getName).toList();
    }

    private static Customer first(Session session) {
        return session.createSelectionQuery("from Customer c where c.name = 'Ada'", Customer.class).getSingleResult();
    }

    private <T> T read(java.util.function.Function<Session, T> work) {
        return orm.fromTransaction(work);
    }

    private String lastSelect() {
        List<CapturedStatement> sent = capture.log().statements();
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).kind() == StatementKind.SELECT) {
                return sent.get(i).sql().toLowerCase(Locale.ROOT);
            }
        }
        throw new AssertionError("no select was sent");
    }
}
