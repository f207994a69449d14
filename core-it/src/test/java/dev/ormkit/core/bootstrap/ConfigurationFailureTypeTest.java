package dev.ormkit.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

/**
 * A configuration mistake found while Hibernate starts (in an integrator, as ormkit's modules check entities)
 * reaches the caller of {@code build()} as ormkit's exception, not wrapped in Hibernate's PersistenceException.
 */
@PostgresTest
class ConfigurationFailureTypeTest {

    /** Refuses the model the way a sibling module does, for example soft delete's cascade check. */
    static final class RefusingIntegrator implements Integrator {

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                SessionFactoryImplementor sessionFactory) {
            throw new OrmKitConfigurationException("Entity Owner cascades to Pet, which the module refuses.");
        }
    }

    @Test
    void aCheckInsideHibernatesStartIsThrownAsOrmKitConfigurationException(TestDatabase db) {
        IntegratorProvider refusing = () -> List.of(new RefusingIntegrator());
        assertThatThrownBy(() -> builder(db).property(JpaSettings.INTEGRATOR_PROVIDER, refusing).build())
                .isExactlyInstanceOf(OrmKitConfigurationException.class)
                .hasMessage("Entity Owner cascades to Pet, which the module refuses.");
    }

    @Test
    void anInvalidClockPropertyIsThrownAsOrmKitConfigurationException(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).property(OrmKitProperties.CLOCK, "java.time.Clock").build())
                .isExactlyInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("Property ormkit.clock must be a java.time.Clock instance");
    }

    @Test
    void aStrictFetchValueThatIsNotABooleanFailsInsteadOfMeaningOff(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).property(OrmKitProperties.STRICT_FETCH, "yes").build())
                .isExactlyInstanceOf(OrmKitConfigurationException.class)
                .hasMessage("ormkit.strict_fetch is 'yes' but must be true or false (a Boolean, or the text "
                        + "\"true\"/\"false\"). The default is false.");
        builder(db).property(OrmKitProperties.STRICT_FETCH, " TRUE ").build().close();
    }

    private static OrmKitBuilder builder(TestDatabase db) {
        return OrmKit.builder().dataSource(db.dataSource()).entities(Owner.class, Pet.class, Visit.class);
    }
}
