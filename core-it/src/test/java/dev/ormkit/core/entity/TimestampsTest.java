package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Owner.class, Pet.class, Visit.class}, strictFetch = false, clockStart = TimestampsTest.START_AT)
class TimestampsTest {

    static final String START_AT = "2026-01-02T03:04:05.123456789Z";
    private static final Instant START = Instant.parse(START_AT);

    private final TestClock clock;
    private final OrmKit orm;
    private final TestDatabase database;

    TimestampsTest(OrmKit orm, TestClock clock, TestDatabase database) {
        this.orm = orm;
        this.clock = clock;
        this.database = database;
    }

    @Test
    void insertSetsBothTimestampsFromTheClockToTheMicrosecond() {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));

        Instant expected = Instant.parse("2026-01-02T03:04:05.123456Z");
        assertThat(owner.getCreatedAt()).isEqualTo(expected);
        assertThat(owner.getUpdatedAt()).isEqualTo(expected);
        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded.getCreatedAt()).isEqualTo(expected);
        assertThat(loaded.getUpdatedAt()).isEqualTo(expected);
    }

    @Test
    void updateChangesUpdatedAtAndVersionButNotCreatedAt() {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));
        Instant created = owner.getCreatedAt();
        clock.advance(Duration.ofMinutes(5));

        orm.inTransaction(session -> session.find(Owner.class, owner.getId()).setName("Ada L."));

        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded.getCreatedAt()).isEqualTo(created);
        assertThat(loaded.getUpdatedAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(loaded.getVersion()).isEqualTo(1L);
    }

    @Test
    void flushWithoutChangesLeavesUpdatedAtAndVersionAlone() {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));
        Instant updated = owner.getUpdatedAt();
        clock.advance(Duration.ofMinutes(5));

        orm.inTransaction(session -> {
            Owner loaded = session.find(Owner.class, owner.getId());
            loaded.setName("Ada");
            session.flush();
        });

        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded.getUpdatedAt()).isEqualTo(updated);
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void createdAtSetBeforeInsertIsKeptForImports() {
        Owner owner = new Owner("Historic", "Rome");
        Instant historic = Instant.parse("1999-12-31T23:59:59Z");
        owner.setCreatedAt(historic);

        orm.inTransaction(session -> session.persist(owner));

        assertThat(owner.getCreatedAt()).isEqualTo(historic);
        assertThat(owner.getUpdatedAt()).isAfter(historic);
    }

    @Test
    void columnsAreTimestamptzAndNotNull() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("select column_name, data_type, is_nullable "
                        + "from information_schema.columns where table_name = 'owner' "
                        + "and column_name in ('id', 'created_at', 'updated_at', 'version') order by column_name")) {
            StringBuilder seen = new StringBuilder();
            while (columns.next()) {
                seen.append(columns.getString(1)).append(':').append(columns.getString(2)).append(':')
                        .append(columns.getString(3)).append(' ');
            }
            assertThat(seen.toString().trim()).isEqualTo("created_at:timestamp with time zone:NO "
                    + "id:uuid:NO updated_at:timestamp with time zone:NO version:bigint:NO");
        }
    }

    @Test
    void staleVersionFailsWithAnOptimisticLockError() {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));
        Owner stale = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        orm.inTransaction(session -> session.find(Owner.class, owner.getId()).setName("first"));

        stale.setName("second");
        assertThatThrownBy(() -> orm.inTransaction(session -> session.merge(stale)))
                .isInstanceOf(OptimisticLockException.class);
    }
}
