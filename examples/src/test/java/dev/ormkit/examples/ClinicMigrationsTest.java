package dev.ormkit.examples;

import dev.ormkit.examples.clinic.Owner;
import dev.ormkit.examples.clinic.Pet;
import dev.ormkit.examples.clinic.Vet;
import dev.ormkit.examples.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.migration.MigrationCheck;
import dev.ormkit.testkit.migration.MigrationLinter;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The example's migrations serve its entities, follow the schema rules and take no risky locks. */
@PostgresTest
class ClinicMigrationsTest {

    @Test
    void migrationsServeTheEntitiesAndFollowTheRules(DataSource fresh) {
        MigrationCheck.forLocations("classpath:db/migration")
                .entities(Owner.class, Pet.class, Visit.class, Vet.class)
                .assertValid(fresh);
    }

    @Test
    void migrationsAreLintClean() {
        MigrationLinter.assertClean(Path.of("src/main/resources/db/migration"));
    }
}
