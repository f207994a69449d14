package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Version;

/**
 * Refuses, when a session factory starts, a Hibernate ORM version that ormkit is not known to work with. ormkit
 * subclasses Hibernate's persisters and uses its listener, SQM and metamodel SPIs, which change between minor
 * versions; on an older one the failure would otherwise be a {@code NoSuchMethodError} in the middle of a request
 * (measured with 7.2.25 and 7.3.13: {@code BulkImport} of a single-table subclass calls
 * {@code EntityMappingType.getDiscriminatorValue()}, new in 7.4). The supported range and the matrix behind it
 * are in {@code docs/compatibility.md}.
 */
public final class HibernateVersionCheck {

    /** The oldest minor version the compatibility matrix passed on. */
    static final int MIN_MAJOR = 7;
    static final int MIN_MINOR = 4;
    /** The next major version changes the SPIs ormkit builds on; ormkit has not been built for it. */
    static final int MAX_MAJOR = 7;

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\..*)?");

    private HibernateVersionCheck() {}

    /** Checks the Hibernate ORM on the class path. */
    public static void requireSupported() {
        check(Version.getVersionString());
    }

    static void check(String found) {
        Matcher version = VERSION.matcher(found);
        if (!version.matches()) {
            return; // a build of Hibernate without a version (from an IDE): nothing to compare, let it run
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        boolean tooOld = major < MIN_MAJOR || (major == MIN_MAJOR && minor < MIN_MINOR);
        if (tooOld || major > MAX_MAJOR) {
            throw new OrmKitConfigurationException("ormkit needs Hibernate ORM " + MIN_MAJOR + "." + MIN_MINOR
                    + " or a later " + MAX_MAJOR + ".x, but found Hibernate ORM " + found
                    + " (org.hibernate.orm:hibernate-core) on the class path. "
                    + (tooOld ? "Upgrade hibernate-core to " + MIN_MAJOR + "." + MIN_MINOR + " (with Spring Boot 4.0, which "
                            + "brings 7.2, set the Maven property hibernate.version to a 7.4 release, or move to "
                            + "Spring Boot 4.1)."
                            : "Use Hibernate ORM " + MAX_MAJOR + ".x with this ormkit version.")
                    + " The versions ormkit is tested with are listed in docs/compatibility.md.");
        }
    }
}
