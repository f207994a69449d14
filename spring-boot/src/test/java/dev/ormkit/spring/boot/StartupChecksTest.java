package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.spring.boot.internal.AuditDefaults;
import dev.ormkit.spring.boot.internal.HibernateDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Mistakes in the {@code ormkit.*} properties stop the application at start-up, naming the property and the fix. */
class StartupChecksTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmKitAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/postgres");

    private void failsWith(String message, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(OrmKitConfigurationException.class).hasMessageContaining(message);
        });
    }

    @Test
    void aQueryTimeoutWithAFractionOfASecondIsRefused() {
        failsWith("ormkit.query-timeout is 1500ms but must be whole seconds", "ormkit.query-timeout=1500ms");
    }

    @Test
    void aStatementTimeoutNotLongerThanTheQueryTimeoutIsRefused() {
        failsWith("ormkit.statement-timeout (10s) must be longer than ormkit.query-timeout (30s)",
                "ormkit.statement-timeout=10s");
    }

    @Test
    void aShortCursorSecretIsRefused() {
        failsWith("ormkit.cursor-secret is too short (6 bytes)", "ormkit.cursor-secret=secret");
    }

    @Test
    void aPageCapBelowOneIsRefused() {
        failsWith("ormkit.max-page-size is 0 but must be at least 1", "ormkit.max-page-size=0");
    }

    @Test
    void connectionInitSqlThatTheResetWouldUndoIsRefusedWithTheFix() {
        failsWith("spring.datasource.hikari.data-source-properties.options=-c search_path=app",
                "spring.datasource.hikari.connection-init-sql=set search_path to app");
    }

    @Test
    void connectionInitSqlIsKeptWhenTheResetIsOff() {
        runner.withPropertyValues("spring.datasource.hikari.connection-init-sql=set search_path to app",
                "ormkit.reset-session-on-return=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(com.zaxxer.hikari.HikariDataSource.class).getConnectionInitSql())
                            .isEqualTo("set time zone 'UTC'; set search_path to app");
                });
    }

    @Test
    void aPoolOnAnotherDatabaseIsLeftAlone() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        OrmKitAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:mysql://localhost/shop",
                        "spring.datasource.driver-class-name=org.postgresql.Driver")
                .run(context -> assertThat(context.getBean(javax.sql.DataSource.class))
                        .isInstanceOf(com.zaxxer.hikari.HikariDataSource.class));
    }

    @Test
    void theActorComesFromSpringSecurityOnlyWhenItIsPresentAndTheAuditModuleOnlyWhenItIsPresent() {
        runner.run(context -> assertThat(context.getBean(AuditDefaults.class).usesSpringSecurity()).isTrue());
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context.getBean(AuditDefaults.class).usesSpringSecurity()).isFalse());
        runner.withClassLoader(new FilteredClassLoader(AuditorProvider.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AuditDefaults.class)
                        .hasSingleBean(HibernateDefaults.class));
    }
}
