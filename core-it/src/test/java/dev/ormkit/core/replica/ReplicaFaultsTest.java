package dev.ormkit.core.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ormkit.core.clinic.Owner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The replica lags (replay paused) or goes away (server stopped) while the application reads and writes on real
 * threads: reads leave the replica past the lag bound and come back once it caught up, and no read fails.
 */
class ReplicaFaultsTest extends OnAStreamingReplica {

    @Override
    Duration maxLag() {
        return Duration.ofSeconds(1);
    }

    @Test
    void aReplicaPastTheLagBoundIsSkippedUntilItCatchesUp() throws Exception {
        pair.pauseReplay();
        UUID id = writeOnAnotherThread("Lovelace");
        long paused = System.nanoTime();

        // within the bound the replica still serves, without the row; past it, the primary serves, with it
        ReplicaRoutingTest.ServedRead early = read(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> read(id).port() == pair.primaryPort());
        long skippedAfter = System.nanoTime() - paused;
        ReplicaRoutingTest.ServedRead late = read(id);

        pair.resumeReplay();
        await().atMost(Duration.ofSeconds(10)).until(() -> read(id).port() == pair.replicaPort());
        ReplicaRoutingTest.ServedRead caughtUp = read(id);

        if (System.nanoTime() - paused < Duration.ofMillis(900).toNanos()) {
            throw new AssertionError("the test machine is too slow to observe the early read within the bound");
        }
        assertThat(early.port()).isEqualTo(pair.replicaPort());
        assertThat(early.owner()).isNull();
        assertThat(Duration.ofNanos(skippedAfter)).as("skipped once the 1 s bound was passed")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(late.port()).isEqualTo(pair.primaryPort());
        assertThat(late.owner()).isNotNull();
        assertThat(caughtUp.port()).isEqualTo(pair.replicaPort());
        assertThat(caughtUp.owner()).as("replayed after resume").isNotNull();
    }

    @Test
    void aStoppedReplicaSendsReadsToThePrimaryAndNoReadFails() throws Exception {
        UUID id = writeOnAnotherThread("Hopper");
        pair.awaitReplayed(Duration.ofSeconds(30));
        AtomicBoolean reading = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> servedBy = new ConcurrentHashMap<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(3);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Thread reader = new Thread(() -> {
                started.countDown();
                while (reading.get()) {
                    try {
                        ReplicaRoutingTest.ServedRead read = read(id);
                        if (read.owner() == null) {
                            throw new AssertionError("owner " + id + " not found on port " + read.port());
                        }
                        servedBy.computeIfAbsent(read.port(), port -> new AtomicInteger()).incrementAndGet();
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                }
            }, "reader-" + r);
            reader.start();
            readers.add(reader);
        }
        started.await();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(servedBy, pair.replicaPort()) > 20);

        pair.stopReplica();
        int primaryBefore = count(servedBy, pair.primaryPort());
        await().atMost(Duration.ofSeconds(10)).until(() -> count(servedBy, pair.primaryPort()) > primaryBefore + 20);
        pair.startReplica();
        int replicaBefore = count(servedBy, pair.replicaPort());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(servedBy, pair.replicaPort()) > replicaBefore + 20);
        reading.set(false);
        for (Thread reader : readers) {
            reader.join(30_000);
        }

        System.out.printf("replica stopped and started under 3 readers: reads by port %s (primary %d, replica %d), "
                + "failed %d%n", servedBy, pair.primaryPort(), pair.replicaPort(), failures.size());
        failures.forEach(Throwable::printStackTrace);
        assertThat(failures).isEmpty();
    }

    @Test
    void writersReadTheirOwnWritesWhileReadersUseTheReplica() throws Exception {
        int threads = 4;
        int rounds = 40;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            boolean writer = t % 2 == 0;
            Thread worker = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < rounds; i++) {
                        if (writer) {
                            UUID id = ReplicaSetup.newOwner(orm, "writer");
                            ReplicaRoutingTest.ServedRead own = read(id);
                            if (own.owner() == null) {
                                throw new AssertionError("own write " + id + " not visible on port " + own.port());
                            }
                            servedBy.computeIfAbsent("own write, port " + own.port(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        } else {
                            int port = ReplicaSetup.port(orm);
                            servedBy.computeIfAbsent("reader, port " + port, k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }, (writer ? "writer-" : "reader-") + t);
            worker.start();
            workers.add(worker);
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join(120_000);
        }

        System.out.printf("2 writers reading their own writes, 2 readers: %s (primary %d, replica %d)%n", servedBy,
                pair.primaryPort(), pair.replicaPort());
        assertThat(failures).isEmpty();
        assertThat(servedBy).containsKey("reader, port " + pair.replicaPort());
    }

    private UUID writeOnAnotherThread(String name) throws Exception {
        UUID[] id = new UUID[1];
        Thread writer = new Thread(() -> id[0] = ReplicaSetup.newOwner(orm, name), "writer");
        writer.start();
        writer.join(30_000);
        return id[0];
    }

    private ReplicaRoutingTest.ServedRead read(UUID id) {
        return orm.fromReadOnlyTransaction(session -> new ReplicaRoutingTest.ServedRead(ReplicaSetup.port(session),
                ReplicaSetup.inRecovery(session), session.find(Owner.class, id)));
    }

    private static int count(Map<Integer, AtomicInteger> servedBy, int port) {
        AtomicInteger count = servedBy.get(port);
        return count == null ? 0 : count.get();
    }
}
