package dev.ormkit.core.enhanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Instant;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.junit.jupiter.api.Test;

/**
 * ormkit's entities under Hibernate's bytecode enhancement: the build enhances the entities of this package
 * (dirty tracking on, the plugin's defaults). {@code OrmKit.builder()} takes only subclasses of {@code BaseEntity},
 * so the entity that implements {@code Timestamped} itself runs under a plain Hibernate bootstrap, where ormkit's
 * integrator still timestamps it.
 */
@PostgresTest
class EnhancedEntitiesTest {

    @Test
    void theBuildEnhancedTheEntities() {
        assertThat(SelfDirtinessTracker.class).isAssignableFrom(EnhancedTimestampedEntity.class)
                .isAssignableFrom(EnhancedSubclassEntity.class);
    }

    @Test
    void anEnhancedTimestampedEntityIsCleanAfterEachWrite(TestDatabase database) {
        SqlCapture log = new SqlCapture();
        try (SessionFactory orm = new HibernatePersistenceConfiguration("enhanced")
                .managedClass(EnhancedTimestampedEntity.class)
                .property("hibernate.connection.datasource", log.wrap(database.dataSource()))
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .createEntityManagerFactory()) {
            writeTwiceAndFlushTwice(orm, log);
        }
    }

    private static void writeTwiceAndFlushTwice(SessionFactory orm, SqlCapture log) {
        EnhancedTimestampedEntity saved = orm.fromTransaction(session -> {
            EnhancedTimestampedEntity entity = new EnhancedTimestampedEntity("first");
            session.persist(entity);
            session.flush();
            session.flush(); // before the fix: an UPDATE of the timestamps ormkit had set, and a version bump
            return entity;
        });
        assertThat(log.log().count(StatementKind.INSERT)).as(log.log().toString()).isEqualTo(1);
        assertThat(log.log().count(StatementKind.UPDATE)).as(log.log().toString()).isZero();
        assertThat(saved.getVersion()).isZero();
        Instant created = saved.getCreatedAt();
        assertThat(created).isNotNull();

        log.clear();
        EnhancedTimestampedEntity renamed = orm.fromTransaction(session -> {
            EnhancedTimestampedEntity entity = session.find(EnhancedTimestampedEntity.class, saved.getId());
            entity.setName("second");
            session.flush();
            session.flush();
            return entity;
        });
        assertThat(log.log().count(StatementKind.UPDATE)).as(log.log().toString()).isEqualTo(1);
        assertThat(renamed.getVersion()).isEqualTo(1);
        assertThat(renamed.getCreatedAt()).isEqualTo(created);
        assertThat(renamed.getUpdatedAt()).isNotNull();
    }

    @Test
    void anEnhancedSubclassOfAnUnenhancedBaseEntityIsRefusedAtStartUp(TestDatabase database) {
        assertThatThrownBy(() -> OrmKit.builder().dataSource(database.dataSource())
                .entities(EnhancedSubclassEntity.class).build().close())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("dev.ormkit.core.enhanced.EnhancedSubclassEntity is bytecode-enhanced")
                .hasMessageContaining("mapped superclass dev.ormkit.core.BaseEntity is not")
                .hasMessageContaining("<fileSets>");
        // under a plain JPA bootstrap the same check runs (ormkit's integrator), inside Hibernate's own failure
        assertThatThrownBy(() -> new HibernatePersistenceConfiguration("plain")
                .managedClass(EnhancedSubclassEntity.class)
                .property("hibernate.connection.datasource", database.dataSource()).createEntityManagerFactory().close())
                .hasRootCauseInstanceOf(OrmKitConfigurationException.class)
                .rootCause().hasMessageContaining("mapped superclass dev.ormkit.core.BaseEntity is not");
    }
}
