package dev.ormkit.core.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;

/**
 * Routing on a real streaming replica: which server served a read is what PostgreSQL says on that connection
 * ({@code inet_server_port()}, {@code pg_is_in_recovery()}), never a guess from timing.
 */
class ReplicaRoutingTest extends OnAStreamingReplica {

    @Override
    Duration maxLag() {
        return Duration.ofSeconds(3);
    }

    @Test
    void aRowWrittenOnThePrimaryIsReadFromTheReplicaOnceReplayed() {
        UUID id = CompletableFuture.supplyAsync(() -> ReplicaSetup.newOwner(orm, "Ada")).join();
        pair.awaitReplayed(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> ReplicaSetup.port(orm) == pair.replicaPort());

        ServedRead read = orm.fromReadOnlyTransaction(session -> new ServedRead(ReplicaSetup.port(session),
                ReplicaSetup.inRecovery(session), session.find(Owner.class, id)));

        assertThat(read.port()).isEqualTo(pair.replicaPort());
        assertThat(read.inRecovery()).isTrue();
        assertThat(read.owner()).isNotNull();
        assertThat(read.owner().getName()).isEqualTo("Ada");
    }

    @Test
    void aThreadReadsItsOwnWriteAtOnceWhileOtherThreadsStayOnTheReplica() {
        pair.pauseReplay(); // nothing written from now on reaches the replica

        UUID id = ReplicaSetup.newOwner(orm, "Grace");
        ServedRead own = orm.fromReadOnlyTransaction(session -> new ServedRead(ReplicaSetup.port(session),
                ReplicaSetup.inRecovery(session), session.find(Owner.class, id)));
        ServedRead other = CompletableFuture.supplyAsync(() -> orm.fromReadOnlyTransaction(session ->
                new ServedRead(ReplicaSetup.port(session), ReplicaSetup.inRecovery(session),
                        session.find(Owner.class, id)))).join();

        assertThat(own.owner()).as("the writer's own read sees its write").isNotNull();
        assertThat(own.port()).isEqualTo(pair.primaryPort());
        assertThat(own.inRecovery()).isFalse();
        assertThat(other.port()).as("a thread that wrote nothing reads from the replica").isEqualTo(pair.replicaPort());
        assertThat(other.owner()).as("the paused replica has not replayed the write").isNull();
    }

    @Test
    void theWritersReadsReturnToTheReplicaOnceItReplayedTheWrite() {
        ReplicaSetup.newOwner(orm, "Barbara");
        assertThat(ReplicaSetup.port(orm)).isEqualTo(pair.primaryPort());

        pair.awaitReplayed(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> ReplicaSetup.port(orm) == pair.replicaPort());
    }

    @Test
    void freshReadsAndReadsNestedInAReadWriteTransactionGoToThePrimary() {
        int plain = ReplicaSetup.port(orm);
        int fresh = FreshReads.call(() -> ReplicaSetup.port(orm));
        int nested = orm.fromTransaction(session -> ReplicaSetup.port(orm));

        assertThat(fresh).isEqualTo(pair.primaryPort());
        assertThat(nested).isEqualTo(pair.primaryPort());
        assertThat(plain).isEqualTo(pair.replicaPort());
    }

    @Test
    void hibernateReadOnlySessionsOfEveryKindAreRouted() {
        SessionFactory factory = orm.sessionFactory();
        int session;
        try (Session readOnly = factory.withOptions().readOnly(true).openSession()) {
            session = readOnly.fromTransaction(transaction -> ReplicaSetup.port(readOnly));
        }
        int stateless;
        try (StatelessSession readOnly = factory.withStatelessOptions().readOnly(true).openStatelessSession()) {
            stateless = readOnly.fromTransaction(transaction -> readOnly
                    .createNativeQuery("select inet_server_port()", Integer.class).getSingleResult());
        }
        int readWrite;
        try (Session plain = factory.openSession()) {
            readWrite = plain.fromTransaction(transaction -> ReplicaSetup.port(plain));
        }

        assertThat(session).isEqualTo(pair.replicaPort());
        assertThat(stateless).isEqualTo(pair.replicaPort());
        assertThat(readWrite).isEqualTo(pair.primaryPort());
    }

    @Test
    void aWriteInAReadOnlyTransactionFails() {
        assertThatThrownBy(() -> orm.inReadOnlyTransaction(session -> session.persist(new Owner("Edsger", "Nuenen"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> FreshReads.run(() -> orm.inReadOnlyTransaction(session -> session.doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("update owner set name = name");
                    }
                }))))
                .as("on the primary too, the transaction is READ ONLY").hasStackTraceContaining("read-only transaction");
    }

    record ServedRead(int port, boolean inRecovery, Owner owner) {}

    static Class<?>[] entities() {
        return new Class<?>[] {Owner.class, Pet.class, Visit.class};
    }
}
