package dev.ormkit.core.repository.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.paging.internal.CursorCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The repository settings read from the factory's properties, validated with the setting's name. */
public record RepositorySettings(int maxPageSize, int maxListSize, long defaultTimeoutMillis,
        @Nullable CursorCodec cursors) {

    public static final int DEFAULT_MAX_PAGE_SIZE = 1000;
    public static final int DEFAULT_MAX_LIST_SIZE = 10_000;
    static final int MIN_SECRET_LENGTH = 32;

    public static RepositorySettings from(Map<String, ?> properties) {
        return new RepositorySettings(
                positive(properties, OrmKitProperties.MAX_PAGE_SIZE, DEFAULT_MAX_PAGE_SIZE),
                positive(properties, OrmKitProperties.MAX_LIST_SIZE, DEFAULT_MAX_LIST_SIZE),
                timeout(properties.get("jakarta.persistence.query.timeout")),
                cursors(properties.get(OrmKitProperties.CURSOR_SECRET)));
    }

    private static int positive(Map<String, ?> properties, String name, int fallback) {
        Object value = properties.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = value instanceof Number number ? Math.toIntExact(number.longValue())
                    : Integer.parseInt(value.toString().strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (ArithmeticException | NumberFormatException invalid) {
            // reported below
        }
        throw new OrmKitConfigurationException(name + " is '" + value + "' but must be a whole number of at least "
                + "1. The default is " + fallback + ".");
    }

    private static long timeout(@Nullable Object value) {
        if (value == null) {
            return 0;
        }
        try {
            long millis = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().strip());
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException invalid) {
            // reported below
        }
        throw new OrmKitConfigurationException("jakarta.persistence.query.timeout is '" + value + "' but must be "
                + "a whole number of milliseconds, 0 or more.");
    }

    private static @Nullable CursorCodec cursors(@Nullable Object secret) {
        if (secret == null) {
            return null;
        }
        byte[] bytes = secret instanceof byte[] raw ? raw : secret.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_LENGTH) {
            throw new OrmKitConfigurationException(OrmKitProperties.CURSOR_SECRET + " is too short (" + bytes.length
                    + " bytes): use at least " + MIN_SECRET_LENGTH + " random bytes, for example 32 bytes from "
                    + "SecureRandom, or a 32+ character random string.");
        }
        return new CursorCodec(bytes);
    }

    /** The codec, or a clear error when no secret is configured. */
    public CursorCodec requireCursors() {
        if (cursors == null) {
            throw new OrmKitConfigurationException("Keyset paging needs a secret to sign cursors: set the property "
                    + OrmKitProperties.CURSOR_SECRET + " (32+ random bytes, the same on every instance of the "
                    + "application), or build with OrmKit.builder(), which makes one.");
        }
        return cursors;
    }
}
