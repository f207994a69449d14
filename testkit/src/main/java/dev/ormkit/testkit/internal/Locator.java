package dev.ormkit.testkit.internal;

import dev.ormkit.testkit.PostgresServer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finds a PostgreSQL server by trying each {@link Attempt} in order; remembers the result per JVM. */
public final class Locator {

    private static @Nullable PostgresServer shared;
    private static @Nullable IllegalStateException sharedFailure;

    private final Settings settings;
    private final List<Attempt> attempts;

    Locator(Settings settings, List<Attempt> attempts) {
        this.settings = settings;
        this.attempts = List.copyOf(attempts);
    }

    /** A locator with the standard attempts, reading settings from system properties and the environment. */
    public static Locator standard(Settings settings) {
        return new Locator(settings, Attempts.standard());
    }

    public static synchronized PostgresServer shared() {
        if (shared != null) {
            return shared;
        }
        if (sharedFailure != null) {
            throw new IllegalStateException(sharedFailure.getMessage(), sharedFailure);
        }
        try {
            LocatedServer server = standard(Settings.fromEnvironment()).locate();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ormkit-testkit-postgres-stop"));
            shared = server;
            return server;
        } catch (IllegalStateException failure) {
            sharedFailure = failure;
            throw failure;
        }
    }

    /** Tries each attempt in order and returns the first server found. */
    public LocatedServer locate() {
        try {
            PostgresVersion.from(settings);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("ormkit-testkit cannot look for a PostgreSQL server: "
                    + invalid.getMessage(), invalid);
        }
        StringBuilder report = new StringBuilder(
                "ormkit-testkit found no PostgreSQL server for the tests. Tried, in order:");
        int step = 1;
        for (Attempt attempt : attempts) {
            Attempt.Outcome outcome = attempt.attempt(settings);
            if (outcome.server() != null) {
                return new LocatedServer(outcome.server(), settings.get(LocatedServer.DATABASE_PREFIX));
            }
            report.append(System.lineSeparator()).append("  ").append(step++).append(". ")
                    .append(attempt.name()).append(": ").append(outcome.report());
            if (outcome.decisive()) {
                report.append(System.lineSeparator()).append("Stopped there: an explicit setting that does not "
                        + "work is an error, not a reason to fall back.");
                throw new IllegalStateException(report.toString());
            }
        }
        report.append(System.lineSeparator()).append("Fix any one of these; the testkit uses the first that works.");
        throw new IllegalStateException(report.toString());
    }
}
