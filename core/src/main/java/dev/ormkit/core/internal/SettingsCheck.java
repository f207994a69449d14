package dev.ormkit.core.internal;

import java.util.Map;

/**
 * A check of the Hibernate properties {@code OrmKit.builder()} is about to start with, found through
 * {@link java.util.ServiceLoader}: a feature package refuses its own invalid settings at {@code build()} (with an
 * {@code OrmKitConfigurationException}) without this package depending on it. For ormkit's own modules only.
 */
public interface SettingsCheck {

    /** Throws {@code OrmKitConfigurationException} naming the setting and the fix when a value is invalid. */
    void check(Map<String, Object> properties);
}
