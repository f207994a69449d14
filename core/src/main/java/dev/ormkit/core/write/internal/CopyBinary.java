package dev.ormkit.core.write.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's binary COPY format for the column types where the encoding is exact and independent of server
 * settings: each value in the type's {@code *_recv} wire form. A column gets an encoder only when both its
 * actual type in the catalog and the Java class of its JDBC values are in the table below; anything else makes
 * the whole import use the text format ({@link CopyText}), which PostgreSQL parses like a literal.
 *
 * <p>Sub-microsecond parts of times are rounded half up to the microsecond, as pgjdbc does when it binds them
 * for {@code persist}. Dates and timestamps outside PostgreSQL's range are refused rather than written as its
 * {@code infinity} sentinels.
 */
final class CopyBinary {

    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** One column's wire encoding. */
    enum Kind { TEXT, JSONB, BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, UUID, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, BYTEA }

    private static final Set<Class<?>> INTEGERS = Set.of(Long.class, Integer.class, Short.class, Byte.class);
    private static final Set<Class<?>> DECIMALS = Set.of(BigDecimal.class, BigInteger.class, Long.class,
            Integer.class, Short.class, Byte.class);
    private static final Map<String, Kind> BY_TYPE = Map.ofEntries(Map.entry("text", Kind.TEXT),
            Map.entry("varchar", Kind.TEXT), Map.entry("bpchar", Kind.TEXT), Map.entry("json", Kind.TEXT),
            Map.entry("jsonb", Kind.JSONB), Map.entry("bool", Kind.BOOL), Map.entry("int2", Kind.INT2),
            Map.entry("int4", Kind.INT4), Map.entry("int8", Kind.INT8), Map.entry("float4", Kind.FLOAT4),
            Map.entry("float8", Kind.FLOAT8), Map.entry("numeric", Kind.NUMERIC), Map.entry("uuid", Kind.UUID),
            Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME), Map.entry("timestamp", Kind.TIMESTAMP),
            Map.entry("timestamptz", Kind.TIMESTAMPTZ), Map.entry("bytea", Kind.BYTEA));

    private static final long EPOCH_2000_SECONDS = 946_684_800L;
    private static final long EPOCH_2000_DAYS = 10_957L;
    /** PostgreSQL's date range: 4713-11-24 BC (Julian day 0) to 5874897-12-31 AD. */
    private static final long MIN_DAY = LocalDate.of(-4713, 11, 24).toEpochDay() - EPOCH_2000_DAYS;
    private static final long MAX_DAY = LocalDate.of(5874897, 12, 31).toEpochDay() - EPOCH_2000_DAYS;
    /** PostgreSQL's timestamp range in microseconds since 2000: 4713-11-24 BC to 294276-12-31 AD, exclusive. */
    private static final long MIN_MICROS = -211_813_488_000_000_000L;
    private static final long END_MICROS = 9_223_371_331_200_000_000L;

    private CopyBinary() {}

    /**
     * The encoding for a column of catalog type {@code pgType} whose JDBC values are of class {@code javaType},
     * or {@code null} when the pair is not one this class writes exactly. {@code json}: the values are JSON
     * text from Hibernate's format mapper; {@code numericEnum}: an enum written as its ordinal.
     */
    static @Nullable Kind kind(@Nullable String pgType, Class<?> javaType, boolean json, boolean numericEnum) {
        Kind kind = pgType == null ? null : BY_TYPE.get(pgType);
        if (kind == null) {
            return null;
        }
        if (json) {
            return (kind == Kind.JSONB || pgType.equals("json")) ? kind : null;
        }
        if (javaType.isEnum()) {
            boolean integer = kind == Kind.INT2 || kind == Kind.INT4 || kind == Kind.INT8;
            return (numericEnum ? integer : kind == Kind.TEXT && !pgType.equals("json")) ? kind : null;
        }
        boolean fits = switch (kind) {
            case TEXT -> !pgType.equals("json") && (javaType == String.class || javaType == Character.class);
            case JSONB -> false;
            case BOOL -> javaType == Boolean.class;
            // A narrower column than the Java type (an ordinal enum's Integer in a smallint) is checked per value.
            case INT2, INT4, INT8 -> INTEGERS.contains(javaType);
            case FLOAT4 -> javaType == Float.class;
            case FLOAT8 -> javaType == Double.class || javaType == Float.class;
            case NUMERIC -> DECIMALS.contains(javaType);
            case UUID -> javaType == UUID.class;
            case DATE -> javaType == LocalDate.class;
            case TIME -> javaType == LocalTime.class;
            case TIMESTAMP -> javaType == LocalDateTime.class;
            case TIMESTAMPTZ -> javaType == Instant.class || javaType == OffsetDateTime.class
                    || javaType == ZonedDateTime.class;
            case BYTEA -> javaType == byte[].class;
        };
        return fits ? kind : null;
    }

    /**
     * Appends one non-null value as length and bytes; returns false when its class does not belong to the kind
     * (the caller reports it) or, for dates and times, an {@link IllegalArgumentException} when it lies outside
     * PostgreSQL's range.
     */
    static boolean append(Bytes out, Kind kind, Object value) {
        switch (kind) {
            case TEXT -> {
                if (value instanceof String s) {
                    out.text(s);
                } else if (value instanceof Character c) {
                    out.text(c.toString());
                } else if (value instanceof Enum<?> e) {
                    out.text(e.name());
                } else {
                    return false;
                }
            }
            case JSONB -> {
                if (!(value instanceof String s)) {
                    return false;
                }
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                out.putInt(bytes.length + 1).putByte(1).put(bytes);
            }
            case BOOL -> {
                if (!(value instanceof Boolean b)) {
                    return false;
                }
                out.putInt(1).putByte(b ? 1 : 0);
            }
            case INT2, INT4, INT8 -> {
                if (!(value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte || value instanceof Enum)) {
                    return false;
                }
                long number = value instanceof Enum<?> e ? e.ordinal() : ((Number) value).longValue();
                if (kind == Kind.INT2 && number != (short) number) {
                    throw new IllegalArgumentException("a value outside the range of smallint");
                }
                if (kind == Kind.INT4 && number != (int) number) {
                    throw new IllegalArgumentException("a value outside the range of integer");
                }
                if (kind == Kind.INT2) {
                    out.putInt(2).putShort((short) number);
                } else if (kind == Kind.INT4) {
                    out.putInt(4).putInt((int) number);
                } else {
                    out.putInt(8).putLong(number);
                }
            }
            case FLOAT4 -> {
                if (!(value instanceof Float f)) {
                    return false;
                }
                out.putInt(4).putInt(Float.floatToIntBits(f));
            }
            case FLOAT8 -> {
                if (!(value instanceof Double || value instanceof Float)) {
                    return false;
                }
                out.putInt(8).putLong(Double.doubleToLongBits(((Number) value).doubleValue()));
            }
            case NUMERIC -> {
                BigDecimal decimal = value instanceof BigDecimal d ? d
                        : value instanceof BigInteger i ? new BigDecimal(i)
                        : value instanceof Long || value instanceof Integer || value instanceof Short
                                || value instanceof Byte ? BigDecimal.valueOf(((Number) value).longValue()) : null;
                if (decimal == null) {
                    return false;
                }
                numeric(out, decimal);
            }
            case UUID -> {
                if (!(value instanceof UUID u)) {
                    return false;
                }
                out.putInt(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
            }
            case DATE -> {
                if (!(value instanceof LocalDate d)) {
                    return false;
                }
                long day = d.toEpochDay() - EPOCH_2000_DAYS;
                if (day < MIN_DAY || day > MAX_DAY) {
                    throw new IllegalArgumentException("a date outside PostgreSQL's range (4713 BC to 5874897 AD)");
                }
                out.putInt(4).putInt((int) day);
            }
            case TIME -> {
                if (!(value instanceof LocalTime t)) {
                    return false;
                }
                out.putInt(8).putLong((t.toNanoOfDay() + 500) / 1000);
            }
            case TIMESTAMP -> {
                if (!(value instanceof LocalDateTime t)) {
                    return false;
                }
                out.putInt(8).putLong(micros(t.toEpochSecond(ZoneOffset.UTC), t.getNano()));
            }
            case TIMESTAMPTZ -> {
                Instant instant = value instanceof Instant i ? i
                        : value instanceof OffsetDateTime o ? o.toInstant()
                        : value instanceof ZonedDateTime z ? z.toInstant() : null;
                if (instant == null) {
                    return false;
                }
                out.putInt(8).putLong(micros(instant.getEpochSecond(), instant.getNano()));
            }
            case BYTEA -> {
                if (!(value instanceof byte[] bytes)) {
                    return false;
                }
                out.putInt(bytes.length).put(bytes);
            }
        }
        return true;
    }

    /** Microseconds since 2000-01-01 00:00, the nanoseconds rounded half up; refuses what PostgreSQL cannot hold. */
    private static long micros(long epochSecond, int nano) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(epochSecond - EPOCH_2000_SECONDS, 1_000_000L), (nano + 500) / 1000);
        } catch (ArithmeticException e) {
            micros = Long.MAX_VALUE;
        }
        if (micros < MIN_MICROS || micros >= END_MICROS) {
            throw new IllegalArgumentException("a timestamp outside PostgreSQL's range (4713 BC to 294276 AD)");
        }
        return micros;
    }

    /**
     * {@code numeric_recv}'s form: digit count, weight (of the first base-10000 digit), sign, display scale, then
     * the base-10000 digits without leading or trailing zero digits. The display scale is the value's scale, so
     * {@code 1.50} stays {@code 1.50}, as its text form would.
     */
    static void numeric(Bytes out, BigDecimal value) {
        int dscale = Math.max(0, value.scale());
        BigDecimal abs = value.abs();
        if (abs.scale() < 0) {
            abs = abs.setScale(0);
        }
        if (abs.signum() == 0) {
            out.putInt(8).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) dscale);
            return;
        }
        int pad = (4 - abs.scale() % 4) % 4;
        String digits = abs.unscaledValue().multiply(BigInteger.TEN.pow(pad)).toString();
        int groupsOfFraction = (abs.scale() + pad) / 4;
        int leftPad = (4 - digits.length() % 4) % 4;
        int groups = (digits.length() + leftPad) / 4;
        short[] base10000 = new short[groups];
        for (int g = 0, position = -leftPad; g < groups; g++, position += 4) {
            int group = 0;
            for (int i = position; i < position + 4; i++) {
                group = group * 10 + (i < 0 ? 0 : digits.charAt(i) - '0');
            }
            base10000[g] = (short) group;
        }
        int first = 0;
        while (first < groups && base10000[first] == 0) {
            first++;
        }
        int last = groups;
        while (last > first && base10000[last - 1] == 0) {
            last--;
        }
        int weight = groups - 1 - groupsOfFraction - first;
        short[] kept = Arrays.copyOfRange(base10000, first, last);
        out.putInt(8 + 2 * kept.length).putShort((short) kept.length).putShort((short) weight)
                .putShort((short) (value.signum() < 0 ? 0x4000 : 0)).putShort((short) dscale);
        for (short digit : kept) {
            out.putShort(digit);
        }
    }

    /** A growable byte buffer in network byte order. */
    static final class Bytes {

        byte[] buffer;
        int length;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        Bytes putByte(int b) {
            ensure(1);
            buffer[length++] = (byte) b;
            return this;
        }

        Bytes putShort(short s) {
            ensure(2);
            buffer[length++] = (byte) (s >>> 8);
            buffer[length++] = (byte) s;
            return this;
        }

        Bytes putInt(int i) {
            ensure(4);
            buffer[length++] = (byte) (i >>> 24);
            buffer[length++] = (byte) (i >>> 16);
            buffer[length++] = (byte) (i >>> 8);
            buffer[length++] = (byte) i;
            return this;
        }

        Bytes putLong(long l) {
            putInt((int) (l >>> 32));
            return putInt((int) l);
        }

        Bytes put(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }

        /** Length and UTF-8 bytes; ASCII is copied directly, anything else goes through the JDK's encoder. */
        void text(String s) {
            int n = s.length();
            ensure(4 + n);
            int start = length;
            length += 4;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    length = start;
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    putInt(bytes.length).put(bytes);
                    return;
                }
                buffer[length++] = (byte) c;
            }
            int end = length;
            length = start;
            putInt(n);
            length = end;
        }
    }
}
