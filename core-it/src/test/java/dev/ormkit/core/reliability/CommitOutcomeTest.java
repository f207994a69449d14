package dev.ormkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.CommitOutcomeUnknownException;
import dev.ormkit.core.ConnectionLostException;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.RetryPolicy;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Connections cut exactly at COMMIT, before or after the server committed, through {@link CuttingProxy}: ormkit
 * must report each outcome as it really was.
 */
@PostgresTest(entities = Item.class)
class CommitOutcomeTest {

    private static final int TRANSACTIONS = 60;

    @Test
    void aCommitCutWithItsConnectionIsReportedAsItReallyEnded(TestDatabase database, OrmKit schema) throws Exception {
        URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        int port = url.getPort() > 0 ? url.getPort() : 5432;
        Map<CuttingProxy.Cut, int[]> seen = new EnumMap<>(CuttingProxy.Cut.class);
        int misreported = 0;
        int committed = 0;
        Random random = new Random(16);
        try (CuttingProxy proxy = new CuttingProxy(port);
                OrmKit orm = OrmKit.builder()
                        .jdbcUrl("jdbc:postgresql://127.0.0.1:" + proxy.port() + url.getPath() + "?sslmode=disable&prepareThreshold=0")
                        .username(database.username()).password(database.password()).entities(Item.class)
                        .maximumPoolSize(2).build()) {
            for (int i = 0; i < TRANSACTIONS; i++) {
                CuttingProxy.Cut cut = CuttingProxy.Cut.values()[random.nextInt(3)];
                Item item = new Item(900, "commit " + i);
                proxy.arm(cut);
                String reported;
                try {
                    orm.inTransaction(session -> session.persist(item));
                    reported = "committed";
                } catch (ConnectionLostException notCommitted) {
                    reported = "not committed";
                } catch (CommitOutcomeUnknownException unknown) {
                    reported = "unknown";
                }
                proxy.arm(CuttingProxy.Cut.NONE);
                boolean present = exists(database, item.getId());
                committed += present ? 1 : 0;
                String expected = cut == CuttingProxy.Cut.BEFORE_COMMIT ? "not committed" : "committed";
                seen.computeIfAbsent(cut, c -> new int[1])[0]++;
                if (!reported.equals(present ? "committed" : "not committed") || !reported.equals(expected)) {
                    misreported++;
                }
            }
            System.out.printf("commit outcome: %d transactions, cuts %s, committed %d, misreported %d%n",
                    TRANSACTIONS, describe(seen), committed, misreported);
            assertThat(misreported).isZero();
            assertThat(seen).containsKeys(CuttingProxy.Cut.BEFORE_COMMIT, CuttingProxy.Cut.AFTER_COMMIT);

            // With a retry policy, a commit cut before the server saw it is run again and lands exactly once.
            Item retried = new Item(901, "retried");
            proxy.arm(CuttingProxy.Cut.BEFORE_COMMIT);
            int[] runs = new int[1];
            orm.inTransaction(RetryPolicy.attempts(3).backoff(Duration.ZERO, Duration.ZERO), session -> {
                runs[0]++;
                session.merge(retried);
            });
            assertThat(runs[0]).isEqualTo(2);
            assertThat(exists(database, retried.getId())).isTrue();
        }
    }

    private static String describe(Map<CuttingProxy.Cut, int[]> seen) {
        StringBuilder text = new StringBuilder();
        seen.forEach((cut, count) -> text.append(cut).append('=').append(count[0]).append(' '));
        return text.toString().trim();
    }

    private static boolean exists(TestDatabase database, UUID id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from item where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) == 1;
            }
        }
    }
}
