package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;

/**
 * Hibernate wraps what its integrators and services throw while the session factory starts (in
 * {@code PersistenceException: Unable to build Hibernate SessionFactory}, or a {@code ServiceException}); ormkit's
 * own configuration checks run there, and the application should see them as they are.
 */
final class ConfigurationFailures {

    private ConfigurationFailures() {}

    /** The first {@link OrmKitConfigurationException} in {@code failure}'s cause chain, else {@code failure}. */
    static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OrmKitConfigurationException configuration) {
                return configuration;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }
}
