package dev.ormkit.core.internal;

import java.util.Map;

/**
 * Lets ormkit's other modules add Hibernate defaults to what {@code OrmKit.builder()} sets, found through
 * {@link java.util.ServiceLoader}. The application's own properties still override them. For ormkit's own
 * modules only.
 */
public interface DefaultPropertiesContributor {

    Map<String, Object> defaultProperties();
}
