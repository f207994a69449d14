package dev.ormkit.core.write.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * PostgreSQL's COPY text format: columns separated by tab, rows by newline, {@code \N} for null, and
 * backslash escapes for backslash, tab, newline and carriage return inside values. Every other character,
 * emoji included, is written as UTF-8 unchanged.
 */
final class CopyText {

    /** Java classes of JDBC values this format writes faithfully; anything else is rejected up front. */
    static final Set<Class<?>> WRITABLE = Set.of(String.class, Character.class, Boolean.class, Short.class,
            Integer.class, Long.class, Byte.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            UUID.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class,
            LocalDate.class, LocalTime.class, OffsetTime.class, byte[].class);

    private CopyText() {}

    static boolean writable(Class<?> type) {
        return WRITABLE.contains(type) || type.isEnum();
    }

    /** Appends one value; numeric enums are resolved by the caller. Returns false for an unknown class. */
    static boolean append(StringBuilder out, Object value) {
        if (value instanceof String s) {
            escape(out, s);
        } else if (value instanceof Character c) {
            escape(out, c.toString());
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof UUID || value instanceof LocalDate
                || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof OffsetTime
                || value instanceof OffsetDateTime || value instanceof Instant) {
            out.append(value);
        } else if (value instanceof ZonedDateTime z) {
            out.append(z.toOffsetDateTime());
        } else if (value instanceof byte[] bytes) {
            out.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Enum<?> e) {
            escape(out, e.name());
        } else {
            return false;
        }
        return true;
    }

    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
