package dev.ormkit.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKitConfigurationException;
import org.junit.jupiter.api.Test;

class HibernateVersionTest {

    @Test
    void hibernate74AndNewerAreAccepted() {
        assertThatCode(() -> HibernateVersion.check("7.4.13.Final")).doesNotThrowAnyException();
        assertThatCode(() -> HibernateVersion.check("7.10.0.CR1")).doesNotThrowAnyException();
        assertThatCode(() -> HibernateVersion.check("8.0.0.Alpha1")).doesNotThrowAnyException();
        assertThatCode(HibernateVersion::check).doesNotThrowAnyException();
    }

    @Test
    void theHibernateOfSpringBoot40IsRefusedWithTheFix() {
        assertThatThrownBy(() -> HibernateVersion.check("7.2.4.Final"))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("7.2.4.Final")
                .hasMessageContaining("hibernate.version=7.4.13.Final");
    }
}
