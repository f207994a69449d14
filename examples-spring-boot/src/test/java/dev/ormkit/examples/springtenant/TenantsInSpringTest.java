package dev.ormkit.examples.springtenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.tenant.MissingTenantException;
import dev.ormkit.core.tenant.Tenants;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Tenants.as} on Spring Boot's own JPA bootstrap, through a Spring Data repository and Spring's shared
 * {@code EntityManager}: the context starts with tenant-scoped entities and a repository (spring-data-jpa#3425 opened
 * a session at start-up), each tenant sees and deletes its own rows only, and a transaction without tenant is refused
 * with {@link MissingTenantException}.
 */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create",
        "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class TenantsInSpringTest {

    @Autowired
    LedgerRepository ledgers;

    @Autowired
    TransactionTemplate transactions;

    private <R> R as(String tenant, java.util.function.Supplier<R> work) {
        return Tenants.as(tenant, () -> transactions.execute(status -> work.get()));
    }

    @Test
    void eachTenantSeesAndDeletesItsOwnRowsOnly() {
        String acme = "acme-" + UUID.randomUUID();
        String globex = "globex-" + UUID.randomUUID();
        as(acme, () -> ledgers.saveAll(List.of(new Ledger("a1"), new Ledger("a2"))));
        as(globex, () -> ledgers.save(new Ledger("g1")));

        List<String> seenByAcme = as(acme, () -> ledgers.findAll().stream().map(Ledger::getTitle).sorted().toList());
        as(acme, () -> {
            ledgers.deleteAllInBatch();
            return null;
        });
        long acmeLeft = as(acme, ledgers::count);
        List<String> globexLeft = as(globex, () -> ledgers.findAll().stream().map(Ledger::getTenantId).toList());

        assertThat(seenByAcme).containsExactly("a1", "a2");
        assertThat(acmeLeft).as("acme's rows soft-deleted").isZero();
        assertThat(globexLeft).containsExactly(globex);
    }

    @Test
    void aTransactionWithoutTenantIsRefusedNamingTheEntity() {
        assertThatThrownBy(() -> transactions.execute(status -> ledgers.count()))
                .rootCause().isInstanceOf(MissingTenantException.class)
                .hasMessageContaining("entity Ledger is tenant-scoped (@TenantId)");
    }
}
