package dev.ormkit.core.replica;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.replica.StreamingReplica;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The replica tests' lifecycle: one private primary and streaming replica per class, a fresh {@link OrmKit} routed
 * over them per test (once the replica serves reads), replay resumed after each test.
 */
abstract class OnAStreamingReplica {

    static StreamingReplica pair;
    OrmKit orm;

    /** The replica's lag bound for this class's tests. */
    abstract Duration maxLag();

    @BeforeAll
    static void startPrimaryAndReplica() {
        pair = StreamingReplica.start();
    }

    @AfterAll
    static void stopThem() {
        pair.close();
    }

    @BeforeEach
    void build() {
        orm = ReplicaSetup.ormKit(pair, maxLag());
        ReplicaSetup.awaitReplicaServes(orm, pair);
    }

    @AfterEach
    void close() {
        orm.close();
        pair.resumeReplay();
    }
}
