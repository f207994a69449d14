package dev.ormkit.core.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;
import org.jspecify.annotations.Nullable;

/**
 * How {@code Instant} (and every other type stored as {@code TIMESTAMP_UTC}) reaches PostgreSQL: as Hibernate's
 * PostgreSQL dialect does it ({@link TimestampUtcAsJdbcTimestampJdbcType}: {@code setTimestamp} and
 * {@code getTimestamp} with a UTC {@link Calendar}), without its cost per value. Binding: for instants from 1583 to
 * 9999 ormkit writes the text pgjdbc would write ({@code 2026-12-01 20:30:17.123457+00}, rounded to microseconds
 * the same way) and binds it as pgjdbc does, untyped ({@code Types.OTHER}, pgjdbc's {@code Oid.UNSPECIFIED}), so
 * PostgreSQL parses the same text; outside those years (the Julian calendar before the Gregorian cutover, years of
 * other widths) it calls {@code setTimestamp} as Hibernate does. Reading: {@code getTimestamp} with one UTC
 * calendar for all calls instead of a new one per value (pgjdbc reads only the calendar's time zone). Building a
 * {@code GregorianCalendar} per value and formatting through it was a quarter of {@code BatchInsert}'s Java time
 * (issue 22). Registered for every bootstrap through {@code META-INF/services}; a {@code TypeContributor} runs
 * after the dialect's, so this replaces the dialect's descriptor. One difference remains, with pgjdbc's
 * {@code sqlTimestamptzAlways=true}: pgjdbc would then type the value {@code timestamptz}, ormkit leaves it untyped,
 * which matters only for an {@code Instant} stored in a {@code timestamp without time zone} column.
 */
public final class UtcTimestamps extends TimestampUtcAsJdbcTimestampJdbcType implements TypeContributor {

    private static final long serialVersionUID = 1L;

    /** Read-only once built (pgjdbc calls only {@code getTimeZone()}), so one instance serves every thread. */
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.contributeJdbcType(this);
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                    throws SQLException {
                Instant instant = javaType.unwrap(value, Instant.class, options);
                String text = text(instant);
                if (text != null) {
                    st.setObject(index, text, Types.OTHER);
                } else {
                    st.setTimestamp(index, Timestamp.from(instant), UTC);
                }
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException {
                st.setTimestamp(name, Timestamp.from(javaType.unwrap(value, Instant.class, options)), UTC);
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
                return wrap(javaType, rs.getTimestamp(paramIndex, UTC), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                    throws SQLException {
                return wrap(javaType, statement.getTimestamp(index, UTC), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return wrap(javaType, statement.getTimestamp(name, UTC), options);
            }
        };
    }

    /**
     * The text pgjdbc's {@code setTimestamp(index, Timestamp.from(instant), utc)} sends, for years 1583 to 9999
     * (where its Gregorian calendar and ISO dates agree and the year has four digits); otherwise {@code null}.
     */
    static @Nullable String text(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        // pgjdbc rounds to microseconds: up from 500 ns, and 999,999,500 ns and more to the next second
        if (nanos >= 999_999_500) {
            seconds++;
            nanos = 0;
        } else if (nanos % 1000 > 499) {
            nanos += 1000 - nanos % 1000;
        }
        if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(32).append(time.getYear()).append('-');
        two(text, time.getMonthValue()).append('-');
        two(text, time.getDayOfMonth()).append(' ');
        two(text, time.getHour()).append(':');
        two(text, time.getMinute()).append(':');
        two(text, time.getSecond());
        int micros = nanos / 1000;
        if (micros > 0) {
            int digits = 6;
            while (micros % 10 == 0) {
                micros /= 10;
                digits--;
            }
            String fraction = Integer.toString(micros);
            text.append('.');
            for (int i = fraction.length(); i < digits; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.append("+00").toString();
    }

    private static final long FIRST_SECOND = LocalDateTime.of(1583, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static <X> X wrap(JavaType<X> javaType, @Nullable Timestamp timestamp, WrapperOptions options) {
        return javaType.wrap(timestamp == null ? null : timestamp.toInstant(), options);
    }
}
