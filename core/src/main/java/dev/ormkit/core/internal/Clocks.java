package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The clock ormkit's timestamps come from, read once from the session factory's properties. */
public final class Clocks {

    private Clocks() {}

    public static Clock fromProperties(Map<String, Object> properties) {
        Object value = properties.get(OrmKitProperties.CLOCK);
        if (value == null) {
            return Clock.systemUTC();
        }
        if (value instanceof Clock clock) {
            return clock;
        }
        throw new OrmKitConfigurationException("Property " + OrmKitProperties.CLOCK
                + " must be a java.time.Clock instance, but is a " + value.getClass().getName()
                + ". Put the Clock object itself into the properties map (or use OrmKit.builder().clock(...)).");
    }

    /** PostgreSQL keeps microseconds: truncating here makes the Java value equal to what a reload reads. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
