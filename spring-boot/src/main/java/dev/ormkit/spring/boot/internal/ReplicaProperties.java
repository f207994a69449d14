package dev.ormkit.spring.boot.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ormkit.replicas.*}: PostgreSQL streaming replicas that serve {@code @Transactional(readOnly = true)}
 * work. See docs/scaling.md.
 */
@ConfigurationProperties("ormkit.replicas")
public class ReplicaProperties {

    /** JDBC URLs of the replicas (same database, same user and password as spring.datasource). */
    private List<String> urls = new ArrayList<>();

    /** How far a replica may lag behind the primary and still serve reads. */
    private Duration maxLag = Duration.ofSeconds(2);

    /** How often each replica's replay position is compared with the primary's. */
    private Duration checkInterval = Duration.ofMillis(250);

    public List<String> getUrls() {
        return urls;
    }

    public void setUrls(List<String> urls) {
        this.urls = urls;
    }

    public Duration getMaxLag() {
        return maxLag;
    }

    public void setMaxLag(Duration maxLag) {
        this.maxLag = maxLag;
    }

    public Duration getCheckInterval() {
        return checkInterval;
    }

    public void setCheckInterval(Duration checkInterval) {
        this.checkInterval = checkInterval;
    }
}
