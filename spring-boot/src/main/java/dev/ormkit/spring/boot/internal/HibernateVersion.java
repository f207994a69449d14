package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a Hibernate ORM older than 7.4 at start-up. Spring Boot 4.0 manages Hibernate 7.2, on which the
 * application starts but soft-delete's bulk-delete rewrite fails at the first {@code deleteAllInBatch} with a
 * {@code NoSuchMethodError} (measured with Spring Boot 4.0.3 and Hibernate 7.2.4): better to say so at once.
 */
public final class HibernateVersion {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    private HibernateVersion() {}

    /** Checks the Hibernate ORM on the class path. */
    public static void check() {
        check(org.hibernate.Version.getVersionString());
    }

    static void check(String version) {
        Matcher matcher = MAJOR_MINOR.matcher(version);
        if (!matcher.find()) {
            return; // a build of its own; nothing to compare
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < 7 || (major == 7 && minor < 4)) {
            throw new OrmKitConfigurationException("ormkit needs Hibernate ORM 7.4 or newer, but " + version
                    + " is on the class path (Spring Boot 4.0 manages 7.2). Use Spring Boot 4.1, or set the build "
                    + "property hibernate.version=7.4.13.Final (Maven <properties>, Gradle ext['hibernate.version']).");
        }
    }
}
