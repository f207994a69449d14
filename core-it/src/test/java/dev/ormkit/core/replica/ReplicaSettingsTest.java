package dev.ormkit.core.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Replica settings that cannot work fail at build(); a replica that is down at start does not stop it. */
@PostgresTest
class ReplicaSettingsTest {

    @Test
    void aLagBoundNoLongerThanTheCheckIntervalFailsNamingBoth(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).replicas("jdbc:postgresql://127.0.0.1:5432/x")
                .replicaMaxLag(Duration.ofMillis(200)).replicaCheckInterval(Duration.ofMillis(250)).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("replicaMaxLag (PT0.2S) must be longer than replicaCheckInterval (PT0.25S)");
    }

    @Test
    void aReplicaUrlThatIsNotPostgresFailsWithoutItsQueryString(TestDatabase db) {
        assertThatThrownBy(() -> builder(db).replicas("jdbc:mysql://replica/x?password=secret").build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("'jdbc:mysql://replica/x?…' is not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aReplicaThatIsDownAtStartLeavesReadsOnThePrimary(TestDatabase db) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OrmKit orm = builder(db).replicas("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres")
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create").build()) {
            boolean onPrimary = orm.fromReadOnlyTransaction(session -> !session
                    .createNativeQuery("select pg_is_in_recovery()", Boolean.class).getSingleResult());
            long owners = orm.fromReadOnlyTransaction(session -> session
                    .createSelectionQuery("select count(*) from Owner", Long.class).getSingleResult());

            assertThat(onPrimary).isTrue();
            assertThat(owners).isZero();
        }
    }

    @Test
    void withoutReplicasReadOnlyWorkRunsOnThePrimaryAndCannotWrite(TestDatabase db) {
        try (OrmKit orm = builder(db).property("jakarta.persistence.schema-generation.database.action", "drop-and-create")
                .build()) {
            assertThatThrownBy(() -> orm.inReadOnlyTransaction(session -> session.persist(new Owner("Ada", "London"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            String readOnly = orm.fromReadOnlyTransaction(session -> session
                    .createNativeQuery("show transaction_read_only", String.class).getSingleResult());
            assertThat(readOnly).isEqualTo("on");
        }
    }

    private static OrmKitBuilder builder(TestDatabase db) {
        return OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username()).password(db.password())
                .entities(Owner.class, Pet.class, Visit.class);
    }
}
