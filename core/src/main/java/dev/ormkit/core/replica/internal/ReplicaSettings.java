package dev.ormkit.core.replica.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.time.Duration;
import java.util.List;

/**
 * The replicas of an ormkit and how they are checked, as the builder or the {@code ormkit.replicas.*} properties
 * gave them. {@link #check} validates them at start-up, naming the setting.
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

    /** Fails on a setting that cannot work, naming it and the fix. */
    public void check() {
        for (String url : urls) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new OrmKitConfigurationException("replicas: '" + withoutQuery(url) + "' is not a PostgreSQL "
                        + "JDBC URL. Give each replica as jdbc:postgresql://host:5432/db (the same database as the "
                        + "primary, on a streaming replica).");
            }
        }
        if (checkInterval.compareTo(Duration.ofMillis(10)) < 0) {
            throw new OrmKitConfigurationException("replicaCheckInterval is " + checkInterval + " but must be at "
                    + "least 10 ms: each check costs a query on the primary and one on every replica. The default "
                    + "is " + DEFAULT_CHECK_INTERVAL.toMillis() + " ms.");
        }
        if (maxLag.compareTo(checkInterval) <= 0) {
            throw new OrmKitConfigurationException("replicaMaxLag (" + maxLag + ") must be longer than "
                    + "replicaCheckInterval (" + checkInterval + "): a replica's lag is known to within one check "
                    + "interval, so a shorter bound would send every read to the primary. Raise replicaMaxLag "
                    + "(default " + DEFAULT_MAX_LAG.toSeconds() + " s) or lower replicaCheckInterval; for reads that "
                    + "must see every write use FreshReads instead.");
        }
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
