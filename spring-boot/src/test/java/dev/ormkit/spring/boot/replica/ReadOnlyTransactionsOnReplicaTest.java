package dev.ormkit.spring.boot.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.testkit.replica.StreamingReplica;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code @Transactional(readOnly = true)} through the starter, on a real streaming replica: which server served
 * the transaction is what PostgreSQL says on its connection ({@code inet_server_port()}).
 */
@SpringBootTest(classes = ShopApplication.class)
@Import(ReadOnlyTransactionsOnReplicaTest.Reads.class)
class ReadOnlyTransactionsOnReplicaTest {

    private static final StreamingReplica PAIR = StreamingReplica.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PAIR::primaryUrl);
        registry.add("spring.datasource.username", PAIR::username);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("ormkit.replicas.urls", PAIR::replicaUrl);
        registry.add("ormkit.replicas.check-interval", () -> "100ms");
        registry.add("ormkit.replicas.max-lag", () -> "3s");
    }

    @AfterAll
    static void stopPair() {
        PAIR.close();
    }

    @Autowired
    Reads reads;

    @Autowired
    CustomerRepository customers;

    @BeforeEach
    void replicaCaughtUp() {
        PAIR.awaitReplayed(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> CompletableFuture.supplyAsync(reads::port).join()
                == PAIR.replicaPort());
    }

    @AfterEach
    void resume() {
        PAIR.resumeReplay();
    }

    @Test
    void readOnlyTransactionsReadFromTheReplicaAndOthersFromThePrimary() {
        int readOnly = CompletableFuture.supplyAsync(reads::port).join();
        int readWrite = CompletableFuture.supplyAsync(reads::portReadWrite).join();

        assertThat(readOnly).isEqualTo(PAIR.replicaPort());
        assertThat(readWrite).isEqualTo(PAIR.primaryPort());
    }

    @Test
    void aThreadReadsItsOwnWriteWhileOtherThreadsStayOnTheReplica() {
        PAIR.pauseReplay();
        UUID id = customers.save(new Customer("Ada")).getId();

        Reads.Found own = reads.find(id);
        Reads.Found other = CompletableFuture.supplyAsync(() -> reads.find(id)).join();

        assertThat(own.port()).isEqualTo(PAIR.primaryPort());
        assertThat(own.found()).isTrue();
        assertThat(other.port()).isEqualTo(PAIR.replicaPort());
        assertThat(other.found()).as("not replayed on the paused replica").isFalse();
    }

    @Test
    void aStoppedReplicaSendsReadOnlyTransactionsToThePrimary() {
        PAIR.stopReplica();
        try {
            int port = CompletableFuture.supplyAsync(reads::port).join();
            assertThat(port).isEqualTo(PAIR.primaryPort());
        } finally {
            PAIR.startReplica();
        }
    }

    /** Service-style bean: Spring's transaction proxy applies the annotations. */
    static class Reads {

        record Found(int port, boolean found) {}

        @Autowired
        EntityManager entityManager;

        @Transactional(readOnly = true)
        public int port() {
            return serverPort();
        }

        @Transactional
        public int portReadWrite() {
            return serverPort();
        }

        @Transactional(readOnly = true)
        public Found find(UUID id) {
            return new Found(serverPort(), entityManager.find(Customer.class, id) != null);
        }

        private int serverPort() {
            return ((Number) entityManager.createNativeQuery("select inet_server_port()").getSingleResult()).intValue();
        }
    }
}
