package dev.ormkit.core.replica.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The replicas of an ormkit and how they are checked, as the builder or the {@code ormkit.replicas.*} properties
 * gave them. {@link #problem} validates them at start-up, naming the setting (the caller throws: this package does
 * not depend on core's exceptions, so that core and its replica package have no cycle).
 *
 * @param urls the replicas' JDBC URLs; empty when there are none
 * @param maxLag how far behind the primary a replica may be and still serve reads
 * @param checkInterval how often each replica's replay position is compared with the primary's
 */
public record ReplicaSettings(List<String> urls, Duration maxLag, Duration checkInterval) {

    /** Default {@link #maxLag}: 2 seconds. */
    public static final Duration DEFAULT_MAX_LAG = Duration.ofSeconds(2);

    /** Default {@link #checkInterval}: 250 ms. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(250);

    public ReplicaSettings {
        urls = List.copyOf(urls);
    }

    public static ReplicaSettings none() {
        return new ReplicaSettings(List.of(), DEFAULT_MAX_LAG, DEFAULT_CHECK_INTERVAL);
    }

    public boolean configured() {
        return !urls.isEmpty();
    }

    /** What is wrong with these settings, naming the setting and the fix; null when they can work. */
    public @Nullable String problem() {
        for (String url : urls) {
            if (!url.startsWith("jdbc:postgresql:")) {
                return "replicas: '" + withoutQuery(url) + "' is not a PostgreSQL "
                        + "JDBC URL. Give each replica as jdbc:postgresql://host:5432/db (the same database as the "
                        + "primary, on a streaming replica).";
            }
        }
        if (checkInterval.compareTo(Duration.ofMillis(10)) < 0) {
            return "replicaCheckInterval is " + checkInterval + " but must be at "
                    + "least 10 ms: each check costs a query on the primary and one on every replica. The default "
                    + "is " + DEFAULT_CHECK_INTERVAL.toMillis() + " ms.";
        }
        if (maxLag.compareTo(checkInterval) <= 0) {
            return "replicaMaxLag (" + maxLag + ") must be longer than "
                    + "replicaCheckInterval (" + checkInterval + "): a replica's lag is known to within one check "
                    + "interval, so a shorter bound would send every read to the primary. Raise replicaMaxLag "
                    + "(default " + DEFAULT_MAX_LAG.toSeconds() + " s) or lower replicaCheckInterval; for reads that "
                    + "must see every write use FreshReads instead.";
        }
        return null;
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
