package dev.ormkit.examples.docs.scaling;

import dev.ormkit.core.OrmKit;
import java.time.Duration;
import java.util.List;

/**
 * The replica set-up of docs/scaling.md. Compiled only, no test: it names production servers, and running it needs
 * a primary with streaming replicas (core-it's {@code ReplicaRoutingTest} makes the same builder and read-only calls
 * against the testkit's {@code StreamingReplica}; starting one here would slow the docs' tests down).
 */
final class ReplicaSnippets {

    private ReplicaSnippets() {}

    static List<Owner> readFromReplicas(String secret) {
        // tag::set-up[]
        OrmKit orm = OrmKit.builder()
                .jdbcUrl("jdbc:postgresql://db-primary:5432/clinic").username("clinic").password(secret)
                .replicas("jdbc:postgresql://db-replica-1:5432/clinic", "jdbc:postgresql://db-replica-2:5432/clinic")
                .replicaMaxLag(Duration.ofSeconds(2))          // default 2 s
                .replicaCheckInterval(Duration.ofMillis(250))  // default 250 ms
                .entities(Owner.class, Pet.class)
                .build();

        // read-only: served by a replica that qualifies (below), else by the primary
        List<Owner> owners = orm.fromReadOnlyTransaction(session -> session
                .createSelectionQuery("from Owner where city = :city order by name, id", Owner.class)
                .setParameter("city", "Lyon").setMaxResults(50).getResultList());

        // read-write: always the primary, and so is everything nested inside it
        orm.inTransaction(session -> session.persist(new Owner("Ada", "London")));
        // end::set-up[]
        orm.close();
        return owners;
    }
}
