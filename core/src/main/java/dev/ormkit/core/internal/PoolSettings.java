package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pool and session settings of the pool ormkit owns, as the builder collected them: {@code null} means
 * "not set, use the default". {@link #check} validates them in {@code build()}, naming the setting.
 */
public record PoolSettings(@Nullable Duration connectionTimeout, @Nullable Duration leakDetectionThreshold,
        @Nullable Duration maxLifetime, @Nullable Integer minimumIdle, @Nullable Duration lockTimeout,
        @Nullable Duration idleInTransactionTimeout, @Nullable Boolean resetSessionOnReturn) {

    /** Defaults of the settings below; {@code OrmKitBuilder} publishes them (it sits above every feature). */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_LEAK_DETECTION_THRESHOLD = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);
    public static final Duration DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT = Duration.ofSeconds(60);

    public static PoolSettings defaults() {
        return new PoolSettings(null, null, null, null, null, null, null);
    }

    Duration connectionTimeoutOrDefault() {
        return connectionTimeout != null ? connectionTimeout : DEFAULT_CONNECTION_TIMEOUT;
    }

    Duration leakDetectionOrDefault() {
        return leakDetectionThreshold != null ? leakDetectionThreshold : DEFAULT_LEAK_DETECTION_THRESHOLD;
    }

    Duration maxLifetimeOrDefault() {
        return maxLifetime != null ? maxLifetime : DEFAULT_MAX_LIFETIME;
    }

    /** The lock wait limit; by default the query timeout, so lock waits of flushes and COPY end with it. */
    Duration lockTimeoutOrDefault(Duration defaultQueryTimeout) {
        return lockTimeout != null ? lockTimeout : defaultQueryTimeout;
    }

    Duration idleInTransactionOrDefault() {
        return idleInTransactionTimeout != null ? idleInTransactionTimeout
                : DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT;
    }

    boolean resetsSessionOnReturn() {
        return resetSessionOnReturn == null || resetSessionOnReturn;
    }

    /** The settings given that only a pool ormkit owns can honour. */
    List<String> explicitlySet() {
        List<String> set = new ArrayList<>();
        if (connectionTimeout != null) {
            set.add("connectionTimeout");
        }
        if (leakDetectionThreshold != null) {
            set.add("leakDetectionThreshold");
        }
        if (maxLifetime != null) {
            set.add("maxLifetime");
        }
        if (minimumIdle != null) {
            set.add("minimumIdle");
        }
        if (lockTimeout != null) {
            set.add("lockTimeout");
        }
        if (idleInTransactionTimeout != null) {
            set.add("idleInTransactionTimeout");
        }
        if (resetSessionOnReturn != null) {
            set.add("resetSessionOnReturn");
        }
        return set;
    }

    void check(int maximumPoolSize) {
        Duration connection = connectionTimeoutOrDefault();
        if (connection.compareTo(Duration.ofMillis(250)) < 0) {
            throw invalid("connectionTimeout is " + connection + " but must be at least 250 ms (HikariCP's minimum): "
                    + "it is how long a request waits for a free connection before failing. The default is "
                    + DEFAULT_CONNECTION_TIMEOUT.toSeconds() + " s.");
        }
        Duration lifetime = maxLifetimeOrDefault();
        if (!lifetime.isZero() && lifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            throw invalid("maxLifetime is " + lifetime + " but must be at least 30 s (HikariCP's minimum), or "
                    + "Duration.ZERO for no limit. The default is " + DEFAULT_MAX_LIFETIME.toMinutes()
                    + " min.");
        }
        Duration leak = leakDetectionOrDefault();
        if (!leak.isZero() && (leak.compareTo(Duration.ofSeconds(2)) < 0
                || (!lifetime.isZero() && leak.compareTo(lifetime) >= 0))) {
            throw invalid("leakDetectionThreshold is " + leak + " but must be at least 2 s and shorter than maxLifetime ("
                    + lifetime + "), or Duration.ZERO to turn leak warnings off. The default is "
                    + DEFAULT_LEAK_DETECTION_THRESHOLD.toSeconds() + " s.");
        }
        if (minimumIdle != null && (minimumIdle < 0 || minimumIdle > maximumPoolSize)) {
            throw invalid("minimumIdle is " + minimumIdle + " but must be between 0 and maximumPoolSize ("
                    + maximumPoolSize + "). By default it equals maximumPoolSize (a fixed-size pool).");
        }
        checkMillis("lockTimeout", lockTimeout);
        checkMillis("idleInTransactionTimeout", idleInTransactionTimeout);
    }

    private static void checkMillis(String name, @Nullable Duration value) {
        if (value != null && (value.isNegative() || value.toNanos() % 1_000_000 != 0)) {
            throw invalid(name + " is " + value + " but must be zero or more whole milliseconds (PostgreSQL's unit "
                    + "for it); Duration.ZERO turns it off.");
        }
    }

    private static OrmKitConfigurationException invalid(String message) {
        return new OrmKitConfigurationException(message);
    }
}
