package dev.ormkit.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKitConfigurationException;
import org.junit.jupiter.api.Test;

class HibernateVersionCheckTest {

    @Test
    void theHibernateOnTheClassPathIsSupported() {
        assertThatCode(HibernateVersionCheck::requireSupported).doesNotThrowAnyException();
    }

    @Test
    void supportedVersionsPass() {
        for (String version : new String[] {"7.4.0.Final", "7.4.13.Final", "7.4.16.Final",
                "7.5.0.CR1", "7.10.2"}) {
            assertThatCode(() -> HibernateVersionCheck.check(version)).as(version).doesNotThrowAnyException();
        }
    }

    @Test
    void anOlderMinorVersionIsRefusedWithFoundAndRequiredVersionAndTheFix() {
        assertThatThrownBy(() -> HibernateVersionCheck.check("7.2.25.Final"))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessage("ormkit needs Hibernate ORM 7.4 or a later 7.x, but found Hibernate ORM 7.2.25.Final "
                        + "(org.hibernate.orm:hibernate-core) on the class path. Upgrade hibernate-core to 7.4 (with "
                        + "Spring Boot 4.0, which brings 7.2, set the Maven property hibernate.version to a 7.4 "
                        + "release, or move to Spring Boot 4.1). The versions ormkit is tested with are listed in "
                        + "docs/compatibility.md.");
        for (String version : new String[] {"7.3.13.Final", "7.1.18.Final", "7.0.0.Final", "6.6.56.Final"}) {
            assertThatThrownBy(() -> HibernateVersionCheck.check(version)).as(version)
                    .hasMessageContaining("found Hibernate ORM " + version);
        }
    }

    @Test
    void theNextMajorVersionIsRefused() {
        assertThatThrownBy(() -> HibernateVersionCheck.check("8.0.0.Alpha1"))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("found Hibernate ORM 8.0.0.Alpha1")
                .hasMessageContaining("Use Hibernate ORM 7.x with this ormkit version.");
    }

    @Test
    void aVersionThatCannotBeReadIsLetThrough() {
        assertThatCode(() -> HibernateVersionCheck.check("[WORKING]")).doesNotThrowAnyException();
    }
}
