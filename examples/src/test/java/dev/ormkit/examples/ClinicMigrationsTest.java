package dev.ormkit.examples;

import dev.ormkit.examples.clinic.Owner;
import dev.ormkit.examples.clinic.Pet;
import dev.ormkit.examples.clinic.Vet;
import dev.ormkit.examples.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.migration.MigrationCheck;
import dev.ormkit.testkit.migration.MigrationLinter;
import dev.ormkit.testkit.schema.SchemaRule;
import dev.ormkit.testkit.schema.SchemaRules;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example's migrations serve its entities, follow the schema rules and take no risky locks (docs/testing.md). */
// tag::migrations[]
@PostgresTest
class ClinicMigrationsTest {
// end::migrations[]

    /** The schema-rules test reads the migrated schema whichever test runs first; a second migrate is a no-op. */
    @BeforeAll
    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    // tag::migrations[]
    @Test
    void migrationsServeTheEntities(DataSource fresh) {
        MigrationCheck.forLocations("classpath:db/migration")
                .entities(Owner.class, Pet.class, Visit.class, Vet.class)
                .rules(SchemaRules.defaults())
                .assertValid(fresh);
    }
    // end::migrations[]

    // tag::schema-rules[]
    @Test
    void schemaFollowsTheRules(DataSource dataSource) {
        SchemaRules.defaults()
                .ignore("owner_tag", SchemaRule.UUID_PRIMARY_KEY, "join table keyed by the pair of ids")
                .ignore("owner_tag", SchemaRule.TIMESTAMPS, "join table rows are never updated")
                .assertValid(dataSource);
    }
    // end::schema-rules[]

    // tag::lint[]
    @Test
    void migrationsTakeNoRiskyLocks() {
        MigrationLinter.assertClean(Path.of("src/main/resources/db/migration"));
    }
    // end::lint[]
// tag::migrations[]
}
// end::migrations[]
