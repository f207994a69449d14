package dev.ormkit.core;

import org.jspecify.annotations.Nullable;

/**
 * ormkit was configured wrongly: an invalid setting, no entities, an entity that ormkit cannot manage, or a
 * database that cannot be reached. Thrown by {@link OrmKitBuilder#build()} before anything is started, or
 * while it starts; the message names the setting and the fix.
 */
public class OrmKitConfigurationException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A configuration error whose message names the setting at fault and the fix. */
    public OrmKitConfigurationException(String message) {
        super(message);
    }

    /** A configuration error with the exception that revealed it. */
    public OrmKitConfigurationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
