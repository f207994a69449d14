package dev.ormkit.micrometer;

import dev.ormkit.core.observe.OrmKitListener;
import dev.ormkit.micrometer.internal.MeterListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Binds ormkit's events to Micrometer: counters for lazy loads outside plans, N+1 reports, query timeouts,
 * rejected cursors and page requests, soft deletes, restores and purges, bulk-imported rows; a distribution of
 * statements per repository operation; and, with an {@link ObservationRegistry}, an {@code Observation} around
 * every repository operation (so OpenTelemetry or Brave tracing sees it through Micrometer Tracing). Every meter is
 * named {@code ormkit.*} and tagged with bounded values only (entity, association, operation, outcome) — never an
 * id, a value or SQL. See docs/observability.md for the list.
 *
 * <pre>{@code
 * OrmKit orm = OrmKit.builder()...
 *         .listener(OrmKitMicrometer.listener(meterRegistry, observationRegistry))
 *         .build();
 * }</pre>
 *
 * <p>With Spring Boot and ormkit-spring-boot, nothing to do: the listener is registered with Boot's registries.
 */
public final class OrmKitMicrometer {

    private OrmKitMicrometer() {}

    /** A listener recording meters in {@code meters}; repository operations are timed without Observations. */
    public static OrmKitListener listener(MeterRegistry meters) {
        return new MeterListener(Objects.requireNonNull(meters, "meters must not be null"), null);
    }

    /**
     * A listener recording meters in {@code meters} and an Observation per repository operation in
     * {@code observations} (whose meter handler, if any, then times the operations).
     */
    public static OrmKitListener listener(MeterRegistry meters, ObservationRegistry observations) {
        return new MeterListener(Objects.requireNonNull(meters, "meters must not be null"),
                Objects.requireNonNull(observations, "observations must not be null"));
    }
}
