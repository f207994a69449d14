package dev.ormkit.benchmarks.replica;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.replica.StreamingReplica;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.Session;

/**
 * A private primary with a streaming replica (the testkit's), {@code rows} items on it, and three ormkits: on
 * the primary alone, on the primary with the replica (read-only work routed to it), and on the replica alone
 * (the same reads without routing).
 */
final class ReplicaFixture implements AutoCloseable {

    final StreamingReplica pair;
    final OrmKit primaryOnly;
    final OrmKit routed;
    final OrmKit replicaOnly;
    final List<UUID> ids = new ArrayList<>();

    ReplicaFixture(int rows, int poolSize) {
        pair = StreamingReplica.start();
        primaryOnly = OrmKit.builder().jdbcUrl(pair.primaryUrl()).username(pair.username())
                .entities(ReplicaItem.class).maximumPoolSize(poolSize)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
        primaryOnly.inTransaction(session -> {
            for (int i = 0; i < rows; i++) {
                ReplicaItem item = new ReplicaItem("item " + (i % 997), i);
                session.persist(item);
                ids.add(item.getId());
                if (i % 1000 == 999) {
                    session.flush();
                    session.clear();
                }
            }
        });
        primaryOnly.inTransaction(session -> session.createNativeMutationQuery("analyze replica_item").executeUpdate());
        routed = OrmKit.builder().jdbcUrl(pair.primaryUrl()).username(pair.username()).replicas(pair.replicaUrl())
                .entities(ReplicaItem.class).maximumPoolSize(poolSize).build();
        replicaOnly = OrmKit.builder().jdbcUrl(pair.replicaUrl()).username(pair.username())
                .entities(ReplicaItem.class).maximumPoolSize(poolSize).build();
        pair.awaitReplayed(Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (routed.fromReadOnlyTransaction(ReplicaFixture::port) != pair.replicaPort()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replica never served the routed ormkit's reads");
            }
            Thread.onSpinWait();
        }
    }

    UUID randomId() {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** One read-only unit of work: an item by id. */
    static ReplicaItem find(OrmKit orm, UUID id) {
        return orm.fromReadOnlyTransaction(session -> session.find(ReplicaItem.class, id));
    }

    /** One read-only unit of work: a page of 50 items by name, from a random place in the index. */
    static List<ReplicaItem> page(OrmKit orm) {
        String name = "item " + ThreadLocalRandom.current().nextInt(997);
        return orm.fromReadOnlyTransaction(session -> session
                .createSelectionQuery("from ReplicaItem where name >= :name order by name, id", ReplicaItem.class)
                .setParameter("name", name).setMaxResults(50).getResultList());
    }

    static int port(Session session) {
        return session.createNativeQuery("select inet_server_port()", Integer.class).getSingleResult();
    }

    @Override
    public void close() {
        replicaOnly.close();
        routed.close();
        primaryOnly.close();
        pair.close();
    }
}
