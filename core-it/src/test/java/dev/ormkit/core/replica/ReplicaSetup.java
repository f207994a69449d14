package dev.ormkit.core.replica;

import static org.awaitility.Awaitility.await;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.replica.StreamingReplica;
import java.time.Duration;
import java.util.UUID;
import org.hibernate.Session;

/** The replica tests' shared set-up: an OrmKit on the pair, and which server a read went to. */
final class ReplicaSetup {

    private ReplicaSetup() {}

    static OrmKit ormKit(StreamingReplica pair, Duration maxLag) {
        return OrmKit.builder().jdbcUrl(pair.primaryUrl()).username(pair.username())
                .replicas(pair.replicaUrl()).replicaMaxLag(maxLag).replicaCheckInterval(Duration.ofMillis(100))
                .entities(Owner.class, Pet.class, Visit.class).maximumPoolSize(4)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create").build();
    }

    /** After start-up (schema created on the primary): wait until the replica has it and serves reads. */
    static void awaitReplicaServes(OrmKit orm, StreamingReplica pair) {
        pair.awaitReplayed(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> port(orm) == pair.replicaPort());
    }

    static UUID newOwner(OrmKit orm, String name) {
        return orm.fromTransaction(session -> {
            Owner owner = new Owner(name, "London");
            session.persist(owner);
            return owner.getId();
        });
    }

    /** The port of the server that served a read-only unit of work started now on this thread. */
    static int port(OrmKit orm) {
        return orm.fromReadOnlyTransaction(ReplicaSetup::port);
    }

    static int port(Session session) {
        return session.createNativeQuery("select inet_server_port()", Integer.class).getSingleResult();
    }

    static boolean inRecovery(Session session) {
        return session.createNativeQuery("select pg_is_in_recovery()", Boolean.class).getSingleResult();
    }
}
