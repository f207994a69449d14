package dev.ormkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import org.junit.jupiter.api.Test;

/** ormkit-testkit is built against JUnit 5; Spring Boot 4 applications run JUnit 6. It must work there too. */
@PostgresTest(entities = Vet.class)
class PostgresTestUnderJUnit6Test {

    @Test
    void extensionWorksUnderJUnit6(OrmKit orm) {
        assertThat(org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion()).startsWith("6.");
        Vet vet = new Vet("Sharon Jenkins", "cardiology");

        orm.inTransaction(session -> session.persist(vet));

        Vet found = orm.fromTransaction(session -> session.find(Vet.class, vet.getId()));
        assertThat(found).isEqualTo(vet);
    }
}
