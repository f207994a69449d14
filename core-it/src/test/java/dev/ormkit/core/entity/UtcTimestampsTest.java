package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.ClinicTest;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.internal.UtcTimestamps;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * ormkit binds and reads {@code TIMESTAMP_UTC} values as Hibernate's PostgreSQL dialect does, without a calendar per
 * value: the values PostgreSQL stores and the instants read back are the same as through Hibernate's own descriptor,
 * from year 1 to 9999, around the Gregorian cutover and the fast path's bounds, with every rounding case.
 */
@ClinicTest
class UtcTimestampsTest {

    private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-12-01T20:30:17.123456789Z"),
            Instant.parse("1969-12-31T23:59:59.999999500Z"), Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("1582-10-04T12:00:00.5Z"), Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("2024-02-29T23:59:59.000001Z"),
            Instant.parse("2000-01-01T00:00:00.000000499Z"), Instant.parse("2000-01-01T00:00:00.000000500Z"),
            Instant.parse("2000-01-01T00:00:00.1Z"), Instant.parse("2000-01-01T00:00:00.010200Z"),
            Instant.parse("1583-01-01T00:00:00Z"), Instant.parse("1582-12-31T23:59:59.999999999Z"),
            Instant.parse("1900-03-01T01:02:03.000004Z"), Instant.parse("9999-12-31T23:59:59.999999600Z"));

    @Test
    void everyBootstrapUsesIt(OrmKit orm, TestDatabase database) {
        assertThat(descriptor(orm.sessionFactory())).isInstanceOf(UtcTimestamps.class);
        try (SessionFactory plain = new HibernatePersistenceConfiguration("plain")
                .managedClasses(Owner.class, Pet.class, Visit.class)
                .property("hibernate.connection.datasource", database.dataSource()).createEntityManagerFactory()) {
            assertThat(descriptor(plain)).isInstanceOf(UtcTimestamps.class);
        }
    }

    @Test
    void postgresqlReceivesWhatHibernatesOwnBindingSends(OrmKit orm, TestDatabase database) throws SQLException {
        for (Instant instant : INSTANTS) {
            String viaOrmkit = orm.fromTransaction(session -> session.createNativeQuery(
                    "select cast(:t as timestamptz)::text", String.class).setParameter("t", instant).getSingleResult());
            assertThat(viaOrmkit).as(instant.toString()).isEqualTo(viaHibernatesDescriptor(database, instant));
        }
    }

    @Test
    void instantsReadBackAsHibernatesOwnReadingDoes(OrmKit orm, TestDatabase database) throws SQLException {
        for (Instant instant : INSTANTS) {
            Instant read = orm.fromTransaction(session -> session.createNativeQuery(
                    "select cast(:t as timestamptz)", Instant.class).setParameter("t", instant).getSingleResult());
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement select = connection.prepareStatement("select cast(? as timestamptz)")) {
                select.setTimestamp(1, Timestamp.from(instant), utc());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    assertThat(read).as(instant.toString()).isEqualTo(rs.getTimestamp(1, utc()).toInstant());
                }
            }
        }
    }

    @Test
    void threadsBindingAndReadingAtOnceGetTheirOwnValues(OrmKit orm) throws Exception {
        // the reading calendar is shared by every thread: pgjdbc only reads its time zone
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long base = 1_700_000_000L + t * 10_000_000L;
                checks.add(threads.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 200; i++) {
                        Instant instant = Instant.ofEpochSecond(base + i * 3_601L, i * 1_000L);
                        Instant read = orm.fromTransaction(session -> session.createNativeQuery(
                                "select cast(:t as timestamptz)", Instant.class).setParameter("t", instant)
                                .getSingleResult());
                        assertThat(read).isEqualTo(instant);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object descriptor(SessionFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class).getTypeConfiguration().getJdbcTypeRegistry()
                .getDescriptor(SqlTypes.TIMESTAMP_UTC);
    }

    /** What {@code TimestampUtcAsJdbcTimestampJdbcType} does: a new UTC calendar per value. */
    private static String viaHibernatesDescriptor(TestDatabase database, Instant instant) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("select cast(? as timestamptz)::text")) {
            select.setTimestamp(1, Timestamp.from(instant), utc());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
