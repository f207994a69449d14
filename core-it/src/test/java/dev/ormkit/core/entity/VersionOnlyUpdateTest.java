package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A row whose version changed was updated: updated_at moves also when Hibernate increments only the version. */
@PostgresTest(entities = {Household.class, Resident.class, Memo.class}, strictFetch = false,
        clockStart = "2026-02-03T04:05:06Z")
class VersionOnlyUpdateTest {

    private final TestClock clock;
    private final SqlCapture driver;
    private final OrmKit orm;

    VersionOnlyUpdateTest(OrmKit orm, TestClock clock, SqlCapture driver) {
        this.orm = orm;
        this.clock = clock;
        this.driver = driver;
    }

    @Test
    void addingAChildMovesTheParentsUpdatedAtWithItsVersion() {
        Household owner = new Household("Ada");
        orm.inTransaction(session -> session.persist(owner));
        Instant created = owner.getUpdatedAt();
        clock.advance(Duration.ofMinutes(5));
        Instant later = Clocks.now(clock);
        driver.clear();

        orm.inTransaction(session -> session.find(Household.class, owner.getId()).addResident("Rex"));

        Household loaded = orm.fromTransaction(session -> session.find(Household.class, owner.getId()));
        assertThat(loaded.getVersion()).as("Hibernate increments only the version").isEqualTo(1L);
        assertThat(loaded.getUpdatedAt()).as(driver.log().toString()).isEqualTo(later).isAfter(created);
        assertThat(loaded.getCreatedAt()).isEqualTo(created);
    }

    @Test
    void underDynamicUpdateUpdatedAtIsWrittenToo() {
        Memo memo = new Memo("draft");
        orm.inTransaction(session -> session.persist(memo));
        clock.advance(Duration.ofMinutes(5));
        Instant later = Clocks.now(clock);
        driver.clear();

        orm.inTransaction(session -> session.find(Memo.class, memo.getId()).setText("final"));

        Memo loaded = orm.fromTransaction(session -> session.find(Memo.class, memo.getId()));
        assertThat(loaded.getUpdatedAt()).as(driver.log().toString()).isEqualTo(later);
    }

    @Test
    void aFlushThatChangesNothingStillLeavesUpdatedAtAlone() {
        Household owner = new Household("Grace");
        orm.inTransaction(session -> session.persist(owner));
        Instant before = owner.getUpdatedAt();
        clock.advance(Duration.ofMinutes(5));
        driver.clear();

        orm.inTransaction(session -> session.find(Household.class, owner.getId()).setName("Grace"));

        assertThat(driver.log().count(StatementKind.UPDATE)).isZero();
        Household loaded = orm.fromTransaction(session -> session.find(Household.class, owner.getId()));
        assertThat(loaded.getUpdatedAt()).isEqualTo(before);
        assertThat(loaded.getVersion()).isZero();
    }
}
