package dev.ormkit.audit;

import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.model.Member;
import dev.ormkit.core.OrmKitException;
import dev.ormkit.testkit.TestDatabase;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bulk JPQL statements on audited entities, under ormkit's builder and under a plain Hibernate bootstrap: a bulk
 * delete of an audited soft-deletable entity records who deleted; a bulk statement on a change-logged entity is
 * refused before any row changes, because it would write no change-log row.
 */
@AuditTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkStatementsTest {

    private final OrmKit orm;
    private SessionFactory plain;

    BulkStatementsTest(OrmKit orm) {
        this.orm = orm;
    }

    @BeforeAll
    void start(TestDatabase database) {
        plain = new HibernatePersistenceConfiguration("plain").managedClasses(Member.class)
                .jdbcUrl(database.jdbcUrl()).jdbcCredentials(database.username(), database.password())
                .properties(Map.of(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> java.util.Optional.of("plain-user")))
                .createEntityManagerFactory().unwrap(SessionFactory.class);
    }

    @AfterAll
    void stop() {
        plain.close();
    }

    @Test
    void bulkUpdatesAndDeletesOfAChangeLoggedEntityAreRefusedUnderEveryBootstrap() {
        Member member = new Member("Bulk");
        orm.inTransaction(session -> session.persist(member));

        for (SessionFactory factory : new SessionFactory[] {orm.sessionFactory(), plain}) {
            assertThatThrownBy(() -> factory.inTransaction(session -> session
                    .createMutationQuery("update Member m set m.name = :n where m.id = :id")
                    .setParameter("n", "changed").setParameter("id", member.getId()).executeUpdate()))
                    .isInstanceOf(OrmKitException.class)
                    .hasMessageContaining("bulk update of Member")
                    .hasMessageContaining("@ChangeLogged");
            assertThatThrownBy(() -> factory.inTransaction(session -> session
                    .createMutationQuery("delete from Member m where m.id = :id")
                    .setParameter("id", member.getId()).executeUpdate()))
                    .isInstanceOf(OrmKitException.class)
                    .hasMessageContaining("Member")
                    .hasMessageContaining("ChangeLogged");
        }

        Member unchanged = orm.fromTransaction(session -> session.find(Member.class, member.getId()));
        assertThat(unchanged.getName()).isEqualTo("Bulk");
        assertThat(unchanged.isDeleted()).isFalse();
    }
}
