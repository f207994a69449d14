package dev.ormkit.testkit.internal;

import org.jspecify.annotations.Nullable;

/** One way of finding a PostgreSQL server, tried in the order {@link Locator} gives. */
interface Attempt {

    /** What this attempt tries, for the failure message, e.g. "Testcontainers (Docker)". */
    String name();

    Outcome attempt(Settings settings);

    /**
     * What one attempt gave: a server, or a report of why not and how to fix it. A decisive failure (an
     * explicit URL that does not work) ends the search: falling back would hide the user's mistake.
     */
    record Outcome(@Nullable ServerAddress server, String report, boolean decisive) {

        static Outcome found(ServerAddress server) {
            return new Outcome(server, "found: " + server.description(), false);
        }

        static Outcome skipped(String report) {
            return new Outcome(null, report, false);
        }

        static Outcome failed(String report) {
            return new Outcome(null, report, true);
        }
    }
}
