package dev.ormkit.buildrules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule fails on a small fixture that breaks it, and passes what it must allow. */
class ArchitectureRulesTest {

    private static JavaClasses fixtures(String name) {
        return new ClassFileImporter().importPackages("dev.ormkit.buildrules.fixtures." + name);
    }

    @Test
    void aCycleBetweenTwoFeaturesFails() {
        assertThatThrownBy(() -> ArchitectureRules.featuresHaveNoCycles.check(fixtures("cycle")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aFaçadeAndItsOwnInternalPackageMayUseEachOtherAndHibernateSpiInside() {
        JavaClasses facade = fixtures("facade");

        assertThatCode(() -> ArchitectureRules.featuresHaveNoCycles.check(facade)).doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.apiDelegatesHibernateSpiToInternal.check(facade))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.apiExposesNoOrmKitInternals.check(facade)).doesNotThrowAnyException();
    }

    @Test
    void hibernateSpiInAGenericArgumentOfAPublicSignatureFails() {
        assertThatThrownBy(() -> ArchitectureRules.apiExposesNoHibernateInternalsOrSpi.check(fixtures("spi")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Leaky.use(java.util.List)")
                .hasMessageContaining("org.hibernate.engine.spi.SessionFactoryImplementor");
        assertThatThrownBy(() -> ArchitectureRules.apiDelegatesHibernateSpiToInternal.check(fixtures("spi")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anIncubatingHibernateTypeInUnmarkedApiFails() {
        assertThatThrownBy(() -> ArchitectureRules.apiExposingIncubatingHibernateIsIncubating
                .check(fixtures("incubating")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Exposing.restriction()")
                .hasMessageContaining("@dev.ormkit.core.Incubating");
    }

    @Test
    void aPublicExceptionMissingFromTheTroubleshootingPageFails() {
        assertThatThrownBy(() -> ArchitectureRules.exceptionsAreListedInTroubleshooting.check(fixtures("exceptions")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UndocumentedFixtureException");
    }

    @Test
    void aPackageWithoutNullMarkedFails() {
        assertThatThrownBy(() -> ArchitectureRules.everyPackageIsNullMarked.check(fixtures("cycle")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Package dev.ormkit.buildrules.fixtures.cycle.a has no package-info.java");
    }
}
