package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.observe.OrmKitEvent;
import dev.ormkit.core.observe.OrmKitListener;
import dev.ormkit.micrometer.OrmKitMicrometer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * ormkit's reporting in Spring Boot, with no code: the {@code ormkit.fetch-discipline} and
 * {@code ormkit.n-plus-one-threshold} properties, every {@link OrmKitListener} bean, and — when ormkit-micrometer and
 * Micrometer are on the class path and Boot has a {@link MeterRegistry} (Actuator) — ormkit's meters in that registry
 * and an Observation per repository operation in Boot's {@link ObservationRegistry}. The registries are looked up at
 * the first event, not while the {@code EntityManagerFactory} starts, so no meter bean is created early.
 * Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration
@ConditionalOnClass({OrmKitListener.class, HibernatePropertiesCustomizer.class})
public class ObservabilityAutoConfiguration {

    /** The fetch discipline, N+1 threshold and listener beans, as Hibernate properties. */
    @Bean
    HibernatePropertiesCustomizer ormkitObservability(Environment environment,
            ObjectProvider<OrmKitListener> listeners, ObjectProvider<MicrometerBinding> micrometer) {
        return properties -> {
            String discipline = environment.getProperty("ormkit.fetch-discipline");
            if (discipline != null) {
                properties.putIfAbsent(OrmKitProperties.FETCH_DISCIPLINE, discipline);
            }
            String threshold = environment.getProperty("ormkit.n-plus-one-threshold");
            if (threshold != null) {
                properties.putIfAbsent(OrmKitProperties.N_PLUS_ONE_THRESHOLD, threshold);
            }
            List<Object> all = new ArrayList<>(existing(properties));
            listeners.orderedStream().forEach(all::add);
            MicrometerBinding binding = micrometer.getIfAvailable();
            if (binding != null) {
                all.add(binding.listener());
            }
            if (!all.isEmpty()) {
                properties.put(OrmKitProperties.LISTENERS, List.copyOf(all));
            }
        };
    }

    private static Collection<?> existing(Map<String, Object> properties) {
        Object value = properties.get(OrmKitProperties.LISTENERS);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String names) {
            return java.util.Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        }
        return value instanceof Collection<?> many ? many : List.of(value);
    }

    /** Micrometer's part, only when ormkit-micrometer and Micrometer are present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"dev.ormkit.micrometer.OrmKitMicrometer", "io.micrometer.core.instrument.MeterRegistry",
            "io.micrometer.observation.ObservationRegistry"})
    static class Micrometer {

        @Bean
        MicrometerBinding ormkitMicrometerBinding(ObjectProvider<MeterRegistry> meters,
                ObjectProvider<ObservationRegistry> observations) {
            return new MicrometerBinding(meters, observations);
        }
    }

    /** Binds ormkit's events to Boot's registries at the first event. */
    public static final class MicrometerBinding {

        private final ObjectProvider<MeterRegistry> meters;
        private final ObjectProvider<ObservationRegistry> observations;

        MicrometerBinding(ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
            this.meters = meters;
            this.observations = observations;
        }

        OrmKitListener listener() {
            return new OrmKitListener() {
                private volatile @Nullable OrmKitListener delegate;

                private @Nullable OrmKitListener delegate() {
                    OrmKitListener known = delegate;
                    if (known == null) {
                        MeterRegistry registry = meters.getIfAvailable();
                        if (registry == null) {
                            return null;
                        }
                        ObservationRegistry observation = observations.getIfAvailable();
                        known = observation == null ? OrmKitMicrometer.listener(registry)
                                : OrmKitMicrometer.listener(registry, observation);
                        delegate = known;
                    }
                    return known;
                }

                @Override
                public void onEvent(OrmKitEvent event) {
                    OrmKitListener target = delegate();
                    if (target != null) {
                        target.onEvent(event);
                    }
                }

                @Override
                public OperationScope operationStarted(String entity, String operation) {
                    OrmKitListener target = delegate();
                    return target == null ? OperationScope.NONE : target.operationStarted(entity, operation);
                }
            };
        }
    }
}
