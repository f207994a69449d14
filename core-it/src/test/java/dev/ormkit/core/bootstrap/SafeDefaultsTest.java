package dev.ormkit.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.clinic.VetAppointment;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.QueryTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each of ormkit's defaults, seen in effect against PostgreSQL through an OrmKit that owns its pool. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeDefaultsTest {

    private OrmKit orm;
    private TestDatabase database;

    @BeforeAll
    void start(TestDatabase database) {
        this.database = database;
        orm = ownedPool().build();
    }

    @AfterAll
    void stop() {
        orm.close();
    }

    private dev.ormkit.core.OrmKitBuilder ownedPool() {
        return OrmKit.builder()
                .jdbcUrl(database.jdbcUrl()).username(database.username()).password(database.password())
                .entities(Owner.class, Pet.class, Visit.class, VetAppointment.class)
                .property("jakarta.persistence.schema-generation.database.action", "create-only")
                .maximumPoolSize(2);
    }

    @Test
    void batchedInsertsAreRewrittenIntoMultiRowInserts() throws SQLException {
        try (Connection connection = orm.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into owner (id, name, city, created_at, updated_at, version) values (?, ?, 'x', now(), now(), 0)")) {
            for (int i = 0; i < 4; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "batch " + i);
                insert.addBatch();
            }
            // pgjdbc reports SUCCESS_NO_INFO per row only when reWriteBatchedInserts turned them into one INSERT.
            assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
        }
    }

    @Test
    void lazyCollectionsAreBatchFetched() {
        SqlCapture driver = new SqlCapture();
        try (OrmKit logged = OrmKit.builder().dataSource(driver.wrap(database.dataSource()))
                .entities(Owner.class, Pet.class, Visit.class, VetAppointment.class).build()) {
            logged.inTransaction(session -> {
                for (int i = 0; i < 10; i++) {
                    Owner owner = new Owner("batch-fetch " + i, "Lyon");
                    owner.addPet("pet " + i);
                    session.persist(owner);
                }
            });
            driver.clear();

            logged.inTransaction(session -> {
                List<Owner> owners = session.createSelectionQuery("from Owner where city = 'Lyon'", Owner.class)
                        .getResultList();
                owners.forEach(owner -> assertThat(owner.getPets()).hasSize(1));
            });

            assertThat(driver.log().count(StatementKind.SELECT)).as(driver.log().toString()).isEqualTo(2);
        }
    }

    @Test
    void pagingOverACollectionFetchHappensInTheDatabase() {
        assertThat(orm.sessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getSessionFactoryOptions().isFailOnPaginationOverCollectionFetchEnabled())
                .isTrue();
        orm.inTransaction(session -> {
            for (int i = 0; i < 5; i++) {
                Owner owner = new Owner("paged " + i, "Oslo");
                owner.addPet("a" + i);
                owner.addPet("b" + i);
                session.persist(owner);
            }
        });

        List<Owner> page = orm.fromTransaction(session -> session.createSelectionQuery(
                        "from Owner o left join fetch o.pets where o.city = 'Oslo' order by o.name", Owner.class)
                .setFirstResult(1).setMaxResults(2).getResultList());

        assertThat(page).extracting(Owner::getName).containsExactly("paged 1", "paged 2");
    }

    @Test
    void sessionsAndJdbcTimesAreUtc() throws SQLException {
        assertThat(orm.sessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getSessionFactoryOptions().getJdbcTimeZone().getID()).isEqualTo("UTC");
        java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
        try (OrmKit tokyo = ownedPool().build();
                Connection connection = tokyo.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet zone = statement.executeQuery("show TimeZone")) {
            zone.next();
            assertThat(zone.getString(1)).as("session time zone with the JVM in Tokyo").isEqualTo("UTC");
        } finally {
            java.util.TimeZone.setDefault(jvmZone);
        }
        VetAppointment appointment = new VetAppointment(OffsetDateTime.parse("2026-03-01T09:30:00+05:00"), "tz");
        orm.inTransaction(session -> session.persist(appointment));

        OffsetDateTime read = orm.fromTransaction(session -> session.find(VetAppointment.class, appointment.getId())
                .getScheduledAt());

        assertThat(read).isEqualTo(OffsetDateTime.parse("2026-03-01T04:30:00Z"));
        assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void defaultQueryTimeoutStopsAQueryAndTheConnectionStaysUsable() {
        try (OrmKit quick = ownedPool().defaultQueryTimeout(Duration.ofSeconds(1)).build()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> quick.inTransaction(session ->
                    session.createNativeQuery("select pg_sleep(5)", Object.class).getSingleResult()))
                    .isInstanceOf(PersistenceException.class)
                    .hasCauseInstanceOf(QueryTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

            Integer one = quick.fromTransaction(session ->
                    session.createNativeQuery("select 1", Integer.class).getSingleResult());
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void statementTimeoutIsTheServerSideBackstop() throws SQLException {
        assertThat(show("statement_timeout")).isEqualTo("1min");
        try (OrmKit backstopped = ownedPool().defaultQueryTimeout(Duration.ZERO)
                .statementTimeout(Duration.ofMillis(300)).build();
                Connection connection = backstopped.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("select pg_sleep(3)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void physicalNamesAreSnakeCase() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = orm.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select column_name from information_schema.columns "
                        + "where table_name = 'vet_appointment' order by column_name")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        assertThat(columns).containsExactly("confirmation_code", "created_at", "id", "scheduled_at", "updated_at",
                "version");
    }

    @Test
    void boundValuesStayOutOfExceptionsAndLogs() {
        String secret = "SECRET-" + UUID.randomUUID();
        orm.inTransaction(session -> session.persist(new VetAppointment(OffsetDateTime.now(ZoneOffset.UTC), secret)));
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Throwable failure;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            failure = org.assertj.core.api.Assertions.catchThrowable(() -> orm.inTransaction(session -> {
                session.persist(new VetAppointment(OffsetDateTime.now(ZoneOffset.UTC), "other-" + secret));
                session.persist(new VetAppointment(OffsetDateTime.now(ZoneOffset.UTC), secret));
            }));
        } finally {
            System.setErr(originalErr);
        }

        assertThat(failure).isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                assertThat(String.valueOf(sql.getNextException().getMessage())).doesNotContain(secret);
            }
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
    }

    private String show(String setting) throws SQLException {
        try (Connection connection = orm.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
