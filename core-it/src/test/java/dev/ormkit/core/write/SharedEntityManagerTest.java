package dev.ormkit.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The fast-write entry points accept an EntityManager proxy such as Spring's shared one, inside a transaction. */
@PostgresTest(entities = {Author.class, Book.class, Animal.class, Dog.class, Cat.class}, strictFetch = false)
class SharedEntityManagerTest {

    private final OrmKit orm;

    SharedEntityManagerTest(OrmKit orm) {
        this.orm = orm;
    }

    @Test
    void batchInsertAcceptsSpringsSharedEntityManagerProxy() {
        assertBatchInsertThrough(SharedEntityManagerProxy::springLike);
    }

    @Test
    void batchInsertAcceptsAProxyThatImplementsOnlyEntityManager() {
        assertBatchInsertThrough(SharedEntityManagerProxy::entityManagerOnly);
    }

    @Test
    void bulkImportAcceptsSpringsSharedEntityManagerProxy() {
        Author first = new Author("copied through a proxy");
        Author second = new Author("copied through a proxy");

        long rows = orm.fromTransaction(session -> BulkImport.copy(SharedEntityManagerProxy.springLike(session),
                Author.class, List.of(first, second)));

        assertThat(rows).isEqualTo(2);
        assertThat(count("copied through a proxy")).isEqualTo(2);
    }

    @Test
    void insertAllOfARepositoryOverTheSharedProxyWorks() {
        Author author = new Author("inserted by a repository");

        long inserted = orm.fromTransaction(session -> {
            EntityManager shared = SharedEntityManagerProxy.springLike(session);
            return new EntityRepository<>(Author.class, () -> shared).insertAll(List.of(author));
        });

        assertThat(inserted).isEqualTo(1);
        assertThat(count("inserted by a repository")).isEqualTo(1);
    }

    @Test
    void outsideATransactionTheProxyGetsTheClearMessage() {
        try (Session session = orm.sessionFactory().openSession()) {
            EntityManager shared = SharedEntityManagerProxy.springLike(session);
            assertThatThrownBy(() -> BatchInsert.saveAll(shared, List.of(new Author("x"))))
                    .isInstanceOf(NoActiveTransactionException.class).hasMessageContaining("needs an active transaction");
            assertThatThrownBy(() -> BulkImport.copy(shared, Author.class, List.of(new Author("x"))))
                    .isInstanceOf(NoActiveTransactionException.class).hasMessageContaining("needs an active transaction");
        }
    }

    private void assertBatchInsertThrough(UnaryOperator<EntityManager> proxy) {
        String name = "through " + proxy.hashCode();
        Author existing = new Author(name);
        orm.inTransaction(session -> session.persist(existing));
        existing.setName(name);
        Author fresh = new Author(name);

        long inserted = orm.fromTransaction(session -> BatchInsert.saveAll(proxy.apply(session),
                List.of(fresh, existing)));

        assertThat(inserted).isEqualTo(1);
        assertThat(existing.getVersion()).as("the detached one was updated").isEqualTo(1L);
        assertThat(count(name)).isEqualTo(2);
    }

    private long count(String name) {
        return orm.fromTransaction(session -> session
                .createSelectionQuery("select count(*) from Author a where a.name = :name", Long.class)
                .setParameter("name", name).getSingleResult());
    }
}
