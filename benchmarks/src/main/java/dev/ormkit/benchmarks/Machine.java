package dev.ormkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: recorded with every baseline, since ratios depend on it a little. */
final class Machine {

    private Machine() {}

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Cores, heap, JDK and OS. */
    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.availableProcessors() + " cores, max heap " + runtime.maxMemory() / (1 << 20) + " MB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
