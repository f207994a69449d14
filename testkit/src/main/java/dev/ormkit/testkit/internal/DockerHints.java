package dev.ormkit.testkit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap look for signs of a Docker engine before asking Testcontainers, whose own search logs an ERROR on
 * every machine without Docker. Any sign at all hands the decision to Testcontainers.
 */
final class DockerHints {

    private DockerHints() {}

    /** On Windows Docker listens on a named pipe this check cannot see: there, always ask Testcontainers. */
    static boolean anyPresent() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null
                || System.getenv("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        List<Path> candidates = new ArrayList<>(List.of(
                Path.of("/var/run/docker.sock"),
                Path.of(home, ".testcontainers.properties"),
                Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of(home, ".colima", "default", "docker.sock"),
                Path.of(home, ".rd", "docker.sock")));
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null) {
            candidates.add(Path.of(runtime, "docker.sock"));
            candidates.add(Path.of(runtime, "podman", "podman.sock"));
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
        return windows || candidates.stream().anyMatch(Files::exists);
    }
}
