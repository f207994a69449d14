package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.spring.boot.OrmKitSpringProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ormkit.*} properties, validated with the names a Boot user writes and the defaults resolved as
 * {@code OrmKit.builder()} resolves them (statement timeout twice the query timeout, lock timeout equal to it).
 */
public record BootSettings(Duration queryTimeout, Duration statementTimeout, Duration lockTimeout,
        Duration idleInTransactionTimeout, boolean resetSessionOnReturn, boolean strictFetch, int maxPageSize,
        int maxListSize, byte @Nullable [] cursorSecret, String systemActor) {

    static final int MIN_SECRET_LENGTH = 32;

    public static BootSettings from(OrmKitSpringProperties properties) {
        Duration query = properties.getQueryTimeout();
        if (query.isNegative() || query.toNanos() % 1_000_000_000L != 0) {
            throw invalid("ormkit.query-timeout is " + text(query) + " but must be whole seconds, 0s or more: JDBC query "
                    + "timeouts are in seconds and a fraction would be rounded up. Use "
                    + Math.max(1, (query.toMillis() + 999) / 1000) + "s; for millisecond precision on the server "
                    + "use ormkit.statement-timeout.");
        }
        Duration statement = millis("ormkit.statement-timeout", properties.getStatementTimeout(),
                query.multipliedBy(2));
        if (!statement.isZero() && !query.isZero() && statement.compareTo(query) <= 0) {
            throw invalid("ormkit.statement-timeout (" + text(statement) + ") must be longer than ormkit.query-timeout ("
                    + text(query) + "): it is the server-side backstop for statements the query timeout does not cover. "
                    + "Raise ormkit.statement-timeout or lower ormkit.query-timeout.");
        }
        Duration lock = millis("ormkit.lock-timeout", properties.getLockTimeout(), query);
        Duration idle = millis("ormkit.idle-in-transaction-timeout", properties.getIdleInTransactionTimeout(),
                Duration.ZERO);
        int maxPage = atLeastOne("ormkit.max-page-size", properties.getMaxPageSize());
        int maxList = atLeastOne("ormkit.max-list-size", properties.getMaxListSize());
        String actor = properties.getSystemActor();
        if (actor == null || actor.isBlank()) {
            throw invalid("ormkit.system-actor must not be blank: it is written into audit columns when nobody "
                    + "else is known. The default is \"system\".");
        }
        return new BootSettings(query, statement, lock, idle, properties.isResetSessionOnReturn(),
                properties.isStrictFetch(), maxPage, maxList, secret(properties.getCursorSecret()), actor);
    }

    private static Duration millis(String name, @Nullable Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.toNanos() % 1_000_000 != 0) {
            throw invalid(name + " is " + text(value) + " but must be whole milliseconds, 0s (none) or more, for "
                    + "example 30s or 1500ms.");
        }
        return value;
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw invalid(name + " is " + value + " but must be at least 1.");
        }
        return value;
    }

    private static byte @Nullable [] secret(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_LENGTH) {
            throw invalid("ormkit.cursor-secret is too short (" + bytes.length + " bytes): use at least "
                    + MIN_SECRET_LENGTH + " random characters, the same on every instance, for example from "
                    + "`openssl rand -base64 32`, kept out of source control (an environment variable "
                    + "ORMKIT_CURSOR_SECRET).");
        }
        return bytes;
    }

    /** A duration as a Boot user writes it: {@code 30s}, {@code 1500ms}, {@code 10ns}. */
    private static String text(Duration value) {
        if (value.toNanos() % 1_000_000 != 0) {
            return value.toNanos() + "ns";
        }
        return value.toMillis() % 1000 == 0 ? value.toSeconds() + "s" : value.toMillis() + "ms";
    }

    private static OrmKitConfigurationException invalid(String message) {
        return new OrmKitConfigurationException(message);
    }
}
