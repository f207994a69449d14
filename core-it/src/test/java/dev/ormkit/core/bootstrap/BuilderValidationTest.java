package dev.ormkit.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.Entity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@PostgresTest
class BuilderValidationTest {

    static class NotAnnotated extends BaseEntity {}

    @Entity
    static class NotAnOrmKitEntity {
        @jakarta.persistence.Id
        Long id;
    }

    @Test
    void noEntitiesFailsNamingTheSetting(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("No entity classes configured")
                .hasMessageContaining("entities(");
    }

    @Test
    void classWithoutEntityAnnotationFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(NotAnnotated.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining(NotAnnotated.class.getName())
                .hasMessageContaining("@jakarta.persistence.Entity");
    }

    @Test
    void entityNotExtendingBaseEntityFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(NotAnOrmKitEntity.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining(NotAnOrmKitEntity.class.getName())
                .hasMessageContaining("extend BaseEntity");
    }

    @Test
    void packageWithoutEntitiesFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).packages("dev.ormkit.nothing.here").build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("'dev.ormkit.nothing.here'")
                .hasMessageContaining("contains no @Entity class");
    }

    @Test
    void negativeQueryTimeoutFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class)
                .defaultQueryTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("defaultQueryTimeout")
                .hasMessageContaining("must not be negative");
    }

    @Test
    void fractionalQueryTimeoutFailsSuggestingWholeSeconds(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class)
                .defaultQueryTimeout(Duration.ofMillis(1500)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("whole seconds")
                .hasMessageContaining("Duration.ofSeconds(2)");
    }

    @Test
    void negativeStatementTimeoutFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class)
                .statementTimeout(Duration.ofMillis(-5)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("statementTimeout")
                .hasMessageContaining("must not be negative");
    }

    @Test
    void statementTimeoutBelowQueryTimeoutFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class)
                .defaultQueryTimeout(Duration.ofSeconds(10)).statementTimeout(Duration.ofSeconds(5)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("must be longer than defaultQueryTimeout");
    }

    @Test
    void zeroPoolSizeFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class).maximumPoolSize(0).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("maximumPoolSize");
    }

    @Test
    void unreachableDatabaseNamesHostAndPortButNotThePassword() {
        assertThatThrownBy(() -> OrmKit.builder()
                .jdbcUrl("jdbc:postgresql://127.0.0.1:1/clinic").username("clinic").password("s3cr3t-pw")
                .entities(Owner.class, Pet.class, Visit.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageContaining("database 'clinic'")
                .hasMessageNotContaining("s3cr3t-pw");
    }

    @Test
    void passwordInTheUrlIsMaskedInMessages() {
        assertThatThrownBy(() -> OrmKit.builder()
                .jdbcUrl("jdbc:mysql://127.0.0.1:1/clinic?password=s3cr3t-pw")
                .entities(Owner.class, Pet.class, Visit.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("must be a PostgreSQL URL")
                .hasMessageNotContaining("s3cr3t-pw");
    }

    @Test
    void missingDatabaseFails() {
        assertThatThrownBy(() -> OrmKit.builder().entities(Owner.class, Pet.class, Visit.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("No database configured");
    }

    @Test
    void dataSourceAndJdbcUrlTogetherFail(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).dataSource(db.dataSource()).entities(Owner.class, Pet.class, Visit.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("Both dataSource and jdbcUrl");
    }

    @Test
    void nonClockValueForTheClockPropertyFails(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).entities(Owner.class, Pet.class, Visit.class)
                .property("ormkit.clock", "java.time.Clock").build())
                .isExactlyInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("ormkit.clock");
    }

    private static dev.ormkit.core.OrmKitBuilder builder(TestDatabase db) {
        return OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username()).password(db.password());
    }
}
