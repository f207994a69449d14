package dev.ormkit.examples.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.replica.StreamingReplica;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

// tag::streaming-replica[]
class ReplicaReadsTest {
    static StreamingReplica pair;

    @BeforeAll static void start() { pair = StreamingReplica.start(); }
    @AfterAll static void stop() { pair.close(); }

    @Test
    void readsLeaveALaggingReplica() {
        try (OrmKit orm = OrmKit.builder().jdbcUrl(pair.primaryUrl()).username(pair.username())
                .replicas(pair.replicaUrl()).replicaMaxLag(Duration.ofSeconds(1))
                .entities(Owner.class, Pet.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build()) {
            pair.pauseReplay();                       // pg_wal_replay_pause(): writes stop reaching the replica
            Owner ada = new Owner("Ada");
            orm.inTransaction(session -> session.persist(ada));
            Owner read = orm.fromReadOnlyTransaction(session -> session.find(Owner.class, ada.getId()));
            assertThat(read).as("the writer's own read goes to the primary").isNotNull();
            pair.resumeReplay();
            pair.awaitReplayed(Duration.ofSeconds(30));   // replay position ≥ the primary's current position
        }
    }
}
// end::streaming-replica[]
