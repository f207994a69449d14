package dev.ormkit.core.paging.internal;

import dev.ormkit.core.paging.InvalidCursorException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Converts keyset key values to the text a cursor carries and back to the attribute's own Java type (Hibernate
 * binds keys by type: a UUID given as a String would fail).
 */
public final class KeyValues {

    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, UUID.class, Instant.class,
            LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class, Long.class, long.class,
            Integer.class, int.class, Short.class, short.class, BigDecimal.class, BigInteger.class,
            Boolean.class, boolean.class);

    private KeyValues() {}

    /** Whether values of this type can be carried in a cursor. */
    public static boolean supports(Class<?> type) {
        return SUPPORTED.contains(type) || type.isEnum();
    }

    public static @Nullable String toText(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    public static @Nullable Object fromText(@Nullable String text, Class<?> type) {
        if (text == null) {
            return null;
        }
        try {
            return parser(type).apply(text);
        } catch (RuntimeException wrong) {
            throw new InvalidCursorException("The cursor was rejected: a key value does not fit its property's "
                    + "type " + type.getSimpleName() + ". Start again from the first page.", wrong);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, Object> parser(Class<?> type) {
        if (type.isEnum()) {
            return text -> Enum.valueOf((Class) type, text);
        }
        if (type == String.class) {
            return text -> text;
        }
        if (type == UUID.class) {
            return UUID::fromString;
        }
        if (type == Instant.class) {
            return Instant::parse;
        }
        if (type == LocalDate.class) {
            return LocalDate::parse;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime::parse;
        }
        if (type == LocalTime.class) {
            return LocalTime::parse;
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        }
        if (type == Long.class || type == long.class) {
            return Long::valueOf;
        }
        if (type == Integer.class || type == int.class) {
            return Integer::valueOf;
        }
        if (type == Short.class || type == short.class) {
            return Short::valueOf;
        }
        if (type == BigDecimal.class) {
            return BigDecimal::new;
        }
        if (type == BigInteger.class) {
            return BigInteger::new;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean::valueOf;
        }
        throw new IllegalArgumentException("unsupported key type " + type.getName());
    }
}
