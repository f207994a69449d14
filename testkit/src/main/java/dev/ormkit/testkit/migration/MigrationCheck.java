package dev.ormkit.testkit.migration;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.schema.SchemaRules;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Tests migrations the way production will run them: Flyway on a fresh database, then the result checked
 * against the entity model (Hibernate schema validation) and against ormkit's schema rules, in one call.
 *
 * <pre>{@code
 * @PostgresTest
 * class MigrationsTest {
 *     @Test
 *     void migrationsServeTheEntitiesAndFollowTheRules(DataSource fresh) {
 *         MigrationCheck.forLocations("classpath:db/migration")
 *                 .entities(Owner.class, Pet.class)
 *                 .rules(SchemaRules.defaults())
 *                 .assertValid(fresh);
 *     }
 * }
 * }</pre>
 *
 * <p>Backward compatibility (expand/contract): {@link #assertServesPreviousModel} migrates with the previous
 * release's migrations plus the new ones and validates the previous release's entities against the result, so
 * old instances keep working while the new release rolls out. Immutable; each setter returns a copy.
 */
public final class MigrationCheck {

    private final List<String> locations;
    private final List<Class<?>> entities;
    private final SchemaRules rules;

    private MigrationCheck(List<String> locations, List<Class<?>> entities, SchemaRules rules) {
        this.locations = locations;
        this.entities = entities;
        this.rules = rules;
    }

    /** Checks the Flyway migrations found in these locations (for example {@code classpath:db/migration}). */
    public static MigrationCheck forLocations(String... locations) {
        if (locations.length == 0) {
            throw new IllegalArgumentException("Name at least one Flyway location, e.g. classpath:db/migration");
        }
        return new MigrationCheck(List.of(locations), List.of(), SchemaRules.defaults());
    }

    /** The entity model the migrated schema must serve. */
    public MigrationCheck entities(Class<?>... entities) {
        return new MigrationCheck(locations, List.of(entities), rules);
    }

    /** The schema rules to apply after migrating (default {@link SchemaRules#defaults()}). */
    public MigrationCheck rules(SchemaRules rules) {
        return new MigrationCheck(locations, entities, Objects.requireNonNull(rules, "rules must not be null"));
    }

    /**
     * Migrates {@code freshDatabase} (which must be empty), validates the entities against it and applies the
     * schema rules; fails with a message saying which step broke.
     *
     * @return how many migrations were applied
     */
    public int assertValid(DataSource freshDatabase) {
        int applied = migrate(freshDatabase, locations);
        validate(freshDatabase, entities, "the migrations in " + locations);
        rules.assertValid(freshDatabase);
        return applied;
    }

    /**
     * Expand/contract check: migrates {@code freshDatabase} with {@code previousLocations} and then this check's
     * locations, and validates {@code previousEntities} (the previous release's model) against the result.
     */
    public void assertServesPreviousModel(DataSource freshDatabase, List<String> previousLocations,
            Class<?>... previousEntities) {
        migrate(freshDatabase, previousLocations);
        List<String> all = new java.util.ArrayList<>(previousLocations);
        locations.stream().filter(location -> !all.contains(location)).forEach(all::add);
        migrate(freshDatabase, all);
        validate(freshDatabase, Arrays.asList(previousEntities),
                "the previous release's entities after the new migrations " + locations
                        + " (a breaking change needs expand/contract: add first, remove in a later release)");
    }

    private static int migrate(DataSource dataSource, List<String> locations) {
        try {
            MigrateResult result = Flyway.configure().dataSource(dataSource)
                    .locations(locations.toArray(String[]::new)).load().migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException failure) {
            throw new AssertionError("Flyway could not migrate a fresh database with " + locations + ": "
                    + failure.getMessage(), failure);
        }
    }

    private static void validate(DataSource dataSource, List<Class<?>> entities, String what) {
        if (entities.isEmpty()) {
            return;
        }
        try {
            // Building the session factory is the validation.
            OrmKit.builder().dataSource(dataSource).entities(entities)
                    .property("hibernate.hbm2ddl.auto", "validate").build().close();
        } catch (RuntimeException failure) {
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new AssertionError("The schema made by " + what + " does not serve the entity model: "
                    + root.getMessage(), failure);
        }
    }
}
