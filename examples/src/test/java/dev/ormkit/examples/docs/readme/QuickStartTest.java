package dev.ormkit.examples.docs.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's quick start, run against the test database. */
@PostgresTest
class QuickStartTest {

    @Test
    void savesAndRenamesAnOwner(TestDatabase database) {
        String secret = database.password();
        long versionAfterRename = quickStart(database.jdbcUrl(), database.username(), secret);
        assertThat(versionAfterRename).isEqualTo(1);
    }

    private static long quickStart(String jdbcUrl, String user, String secret) {
        long[] version = new long[1];
        // tag::quick-start[]

        try (OrmKit orm = OrmKit.builder()
                .jdbcUrl(jdbcUrl).username(user).password(secret)
                .entities(Owner.class)
                .defaultQueryTimeout(Duration.ofSeconds(10))   // every query; PostgreSQL statement_timeout backs it up
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .build()) {
            Owner ada = new Owner("Ada");                      // id assigned here: no SELECT, no round trip
            orm.inTransaction(session -> session.persist(ada));                       // one batched INSERT
            orm.inTransaction(session -> session.find(Owner.class, ada.getId()).rename("Ada L."));  // version 1
        // end::quick-start[]
            version[0] = orm.fromTransaction(session -> session.find(Owner.class, ada.getId()).getVersion());
        // tag::quick-start[]
        }
        // end::quick-start[]
        return version[0];
    }
}
