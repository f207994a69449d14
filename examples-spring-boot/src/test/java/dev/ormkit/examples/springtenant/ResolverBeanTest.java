package dev.ormkit.examples.springtenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/** An application's own resolver bean stays in charge: ormkit's scoped default does not replace it. */
@AutoConfigureTestPostgres
@SpringBootTest(properties = {"spring.jpa.hibernate.ddl-auto=create",
        "ormkit.cursor-secret=test-only-secret-0123456789abcdef0123"})
class ResolverBeanTest {

    @TestConfiguration
    static class FixedTenant {

        @Bean
        CurrentTenantIdentifierResolver<String> fixedTenant() {
            return new CurrentTenantIdentifierResolver<>() {
                @Override
                public String resolveCurrentTenantIdentifier() {
                    return "from-the-bean";
                }

                @Override
                public boolean validateExistingCurrentSessions() {
                    return false;
                }
            };
        }
    }

    @Autowired
    LedgerRepository ledgers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theApplicationsResolverBeanSuppliesTheTenant() {
        Ledger saved = transactions.execute(status -> ledgers.save(new Ledger("bean")));

        assertThat(saved.getTenantId()).isEqualTo("from-the-bean");
    }
}
