package dev.ormkit.examples.docs.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.softdelete.Visibility;
import dev.ormkit.testkit.PostgresTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The snippets of docs/soft-delete.md. */
@PostgresTest(entities = {Customer.class, PurchaseOrder.class, Owner.class})
class SoftDeleteSnippetsTest {

    @Test
    void scopesShowDeletedRows(OrmKit orm) {
        Customer gone = new Customer("gone@example.com");
        orm.inTransaction(session -> session.persist(gone));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, gone.getId())));
        UUID id = gone.getId();
        orm.inTransaction(em -> {
            // tag::scopes[]
            List<Customer> all = SoftDeletes.includingDeleted(em, () ->
                    em.createQuery("from Customer", Customer.class).getResultList());
            long trash = SoftDeletes.onlyDeleted(em, () ->
                    em.createQuery("select count(*) from Customer", Long.class).getSingleResult());
            try (SoftDeletes.Scope scope = SoftDeletes.scope(em, Visibility.INCLUDING_DELETED)) {
                Customer maybeDeleted = em.find(Customer.class, id);          // one query, then back to the default
                // end::scopes[]
                assertThat(maybeDeleted).isNotNull();
                // tag::scopes[]
            }
            // end::scopes[]
            assertThat(all).extracting(Customer::getEmail).contains("gone@example.com");
            assertThat(trash).isPositive();
        });
    }

    @Test
    void deleteAllRestorePurge(OrmKit orm) {
        Customer customer = new Customer("idle@example.com");
        customer.order("a book");
        orm.inTransaction(session -> session.persist(customer));
        Instant cutoff = Instant.now().plus(Duration.ofDays(1));
        UUID id = customer.getId();
        orm.inTransaction(em -> {
            // tag::delete-all[]
            long gone = SoftDeletes.deleteAll(em, Customer.class,
                    QuerySpec.<Customer>where("e.lastLogin < :cutoff").bind("cutoff", cutoff));
            // or, in a SoftDeletableRepository: customers.deleteAll(spec)
            // end::delete-all[]
            assertThat(gone).isPositive();
        });
        orm.inTransaction(em -> {
            // tag::restore-purge[]
            int restored = SoftDeletes.restore(em, Customer.class, id);  // the customer + orders deleted with it
            // end::restore-purge[]
            assertThat(restored).isPositive();
        });
        orm.inTransaction(em -> em.remove(em.find(Customer.class, id)));
        orm.inTransaction(em -> {
            purge(em, SoftDeletes.includingDeleted(em, () -> em.find(Customer.class, id)));
        });
    }

    private static void purge(jakarta.persistence.EntityManager em, Customer customer) {
        // tag::restore-purge[]
        boolean gone = SoftDeletes.purge(em, customer);              // real DELETE of a soft-deleted row, with its cascade
        int purged = SoftDeletes.purgeDeletedBefore(em, Customer.class, Instant.now().minus(Duration.ofDays(90)));
        // end::restore-purge[]
        assertThat(gone).isTrue();
        assertThat(purged).isZero();
    }

    @Test
    void partialUniqueIndexDdl() {
        // tag::partial-unique[]
        String ddl = SoftDeletes.partialUniqueIndex("customer_email_key", "customer", "email");
        // create unique index customer_email_key on customer (email) where deleted_at is null
        // end::partial-unique[]
        assertThat(ddl).isEqualTo("create unique index customer_email_key on customer (email) where deleted_at is null");
    }

    @Test
    void anOwnerWithItsOwnSuperclassIsSoftDeleted(OrmKit orm) {
        Owner owner = new Owner("Ada");
        orm.inTransaction(session -> session.persist(owner));
        orm.inTransaction(session -> session.remove(session.find(Owner.class, owner.getId())));
        Owner hidden = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(hidden).isNull();
    }
}
