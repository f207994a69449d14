package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.QueryTimedOutException;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The exact cause chain of {@link QueryTimedOutException}, as docs/paging-and-fetching.md states it. */
@PostgresTest
class QueryTimeoutCauseChainTest {

    @Test
    void theChainIsPersistenceExceptionThenHibernatesQueryTimeoutExceptionThenPgjdbcs(TestDatabase database) {
        try (OrmKit orm = Clinic.start(database, new SqlCapture(), builder -> builder
                .defaultQueryTimeout(Duration.ofSeconds(1)))) {
            Clinic.seed(database, 1, 1, 0, 0);
            Throwable failure = catchThrowable(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class,
                    () -> session).exists(QuerySpec.<Owner>where("pg_sleep(:seconds) is null").bind("seconds", 3))));

            assertThat(failure).isExactlyInstanceOf(QueryTimedOutException.class);
            Throwable persistence = failure.getCause();
            assertThat(persistence).isExactlyInstanceOf(jakarta.persistence.PersistenceException.class);
            Throwable hibernate = persistence.getCause();
            assertThat(hibernate).isExactlyInstanceOf(org.hibernate.QueryTimeoutException.class);
            assertThat(hibernate.getCause()).isExactlyInstanceOf(PSQLException.class).hasNoCause()
                    .hasMessage("ERROR: canceling statement due to user request");
            assertThat(((PSQLException) hibernate.getCause()).getSQLState()).isEqualTo("57014");
        }
    }
}
