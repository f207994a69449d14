package dev.ormkit.testkit.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Each case migrates a database of its own. */
class MigrationCheckTest {

    private static TestDatabase fresh() {
        return PostgresServer.shared().createDatabase("migration_check");
    }

    @Test
    void goodMigrationsServeTheEntitiesAndFollowTheRules() {
        try (TestDatabase database = fresh()) {
            int applied = MigrationCheck.forLocations("classpath:db/clinic_v1").entities(Owner.class, Pet.class)
                    .assertValid(database.dataSource());

            assertThat(applied).isEqualTo(1);
        }
    }

    @Test
    void aSchemaThatDoesNotServeTheEntitiesFails() {
        try (TestDatabase database = fresh()) {
            assertThatThrownBy(() -> MigrationCheck.forLocations("classpath:db/clinic_v2_breaking", "classpath:db/clinic_v1")
                    .entities(Owner.class, Pet.class).assertValid(database.dataSource()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("does not serve the entity model")
                    .hasMessageContaining("name");
        }
    }

    @Test
    void theSchemaRulesApplyAfterMigrating() {
        try (TestDatabase database = fresh()) {
            assertThatThrownBy(() -> MigrationCheck.forLocations("classpath:db/clinic_bad_rules")
                    .assertValid(database.dataSource()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("TIMESTAMPS owner.updated_at: is timestamp without time zone");
        }
    }

    @Test
    void anAdditiveChangeStillServesThePreviousModel() {
        try (TestDatabase database = fresh()) {
            DataSource fresh = database.dataSource();
            // tag::previous-model[]
            MigrationCheck.forLocations("classpath:db/clinic_v2_additive")       // the new migrations
                    .assertServesPreviousModel(fresh, List.of("classpath:db/clinic_v1"), Owner.class, Pet.class);
            // end::previous-model[]
        }
    }

    @Test
    void aRenameBreaksThePreviousModel() {
        try (TestDatabase database = fresh()) {
            assertThatThrownBy(() -> MigrationCheck.forLocations("classpath:db/clinic_v2_breaking")
                    .assertServesPreviousModel(database.dataSource(), List.of("classpath:db/clinic_v1"),
                            Owner.class, Pet.class))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("previous release's entities")
                    .hasMessageContaining("expand/contract");
        }
    }
}
