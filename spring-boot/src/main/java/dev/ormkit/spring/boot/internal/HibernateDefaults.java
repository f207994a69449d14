package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.internal.DefaultPropertiesContributor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * The Hibernate properties {@code OrmKit.builder()} sets, put into Spring Boot's {@code EntityManagerFactory}.
 * Boot runs customizers after it copied {@code spring.jpa.properties.*}, so every value is put only if absent:
 * the application's own setting wins, as with the builder's {@code property(...)}.
 *
 * <p>Keep the list in step with {@code dev.ormkit.core.internal.Bootstrap#properties} (which is not public; a
 * test compares the two). Left out on purpose: the naming strategy (Boot's own snake case applies) and
 * {@code show_sql} ({@code spring.jpa.show-sql}).
 */
public final class HibernateDefaults implements HibernatePropertiesCustomizer {

    private static final Log log = LogFactory.getLog(HibernateDefaults.class);

    private final BootSettings settings;
    private final @Nullable Clock clock;

    public HibernateDefaults(BootSettings settings, @Nullable Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent("hibernate.jdbc.batch_size", 256);
        properties.putIfAbsent("hibernate.order_inserts", true);
        properties.putIfAbsent("hibernate.order_updates", true);
        properties.putIfAbsent("hibernate.jdbc.batch_versioned_data", true);
        properties.putIfAbsent("hibernate.default_batch_fetch_size", 50);
        properties.putIfAbsent("hibernate.query.fail_on_pagination_over_collection_fetch", true);
        properties.putIfAbsent("hibernate.jdbc.time_zone", "UTC");
        // PostgreSQL quotes rejected values in some messages; Hibernate would log them at WARN.
        properties.putIfAbsent("hibernate.jdbc.log.errors", false);
        properties.putIfAbsent("jakarta.persistence.query.timeout", settings.queryTimeout().toMillis());
        if (clock != null) {
            properties.putIfAbsent(OrmKitProperties.CLOCK, clock);
        }
        properties.putIfAbsent(OrmKitProperties.STRICT_FETCH, settings.strictFetch());
        properties.putIfAbsent(OrmKitProperties.MAX_PAGE_SIZE, settings.maxPageSize());
        properties.putIfAbsent(OrmKitProperties.MAX_LIST_SIZE, settings.maxListSize());
        for (DefaultPropertiesContributor module : ServiceLoader.load(DefaultPropertiesContributor.class,
                HibernateDefaults.class.getClassLoader())) {
            module.defaultProperties().forEach(properties::putIfAbsent);
        }
        if (!properties.containsKey(OrmKitProperties.CURSOR_SECRET)) {
            properties.put(OrmKitProperties.CURSOR_SECRET, cursorSecret());
        }
    }

    private byte[] cursorSecret() {
        byte[] configured = settings.cursorSecret();
        if (configured != null) {
            return configured;
        }
        log.warn("ormkit.cursor-secret is not set: keyset cursors are signed with a random secret made at this "
                + "start, so cursors handed out now fail (InvalidCursorException) after a restart and on other "
                + "instances. Fine in development; in production set ormkit.cursor-secret (32+ random characters, "
                + "the same on every instance), for example from the environment variable ORMKIT_CURSOR_SECRET.");
        byte[] random = new byte[BootSettings.MIN_SECRET_LENGTH];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
