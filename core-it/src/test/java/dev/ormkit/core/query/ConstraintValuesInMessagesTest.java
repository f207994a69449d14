package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.clinic.VetAppointment;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether the value of a unique violation reaches exception messages depends on pgjdbc's
 * {@code logServerErrorDetail}: the pool ormkit owns turns it off; a pool the application owns keeps pgjdbc's
 * default (on) unless its URL or properties turn it off.
 */
@PostgresTest
class ConstraintValuesInMessagesTest {

    private static final String CODE = "CONFIDENTIAL-4711";

    /** Every message in the cause chain of a duplicate insert. */
    private static String messagesOfADuplicate(OrmKitBuilder builder) {
        try (OrmKit orm = builder.entities(VetAppointment.class)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create").build()) {
            orm.inTransaction(session -> session.persist(new VetAppointment(OffsetDateTime.now(), CODE)));
            Throwable failure = catchThrowable(() -> orm.inTransaction(session ->
                    session.persist(new VetAppointment(OffsetDateTime.now(), CODE))));
            assertThat(failure).as("the second insert violates the unique constraint").isNotNull();
            List<String> messages = new ArrayList<>();
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
            }
            return String.join("\n", messages);
        }
    }

    private static HikariDataSource pool(TestDatabase db, String urlSuffix) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl() + urlSuffix);
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @Test
    void thePoolOrmKitOwnsKeepsTheValueOutOfMessages(TestDatabase db) {
        String messages = messagesOfADuplicate(OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username())
                .password(db.password()));

        assertThat(messages).contains("duplicate key value violates unique constraint").doesNotContain(CODE);
    }

    @Test
    void aPoolTheApplicationOwnsShowsTheValueWithPgjdbcsDefault(TestDatabase db) {
        try (HikariDataSource own = pool(db, "")) {
            assertThat(messagesOfADuplicate(OrmKit.builder().dataSource(own)))
                    .contains("Detail: Key (confirmation_code)=(" + CODE + ") already exists.");
        }
    }

    @Test
    void aPoolTheApplicationOwnsKeepsTheValueOutWhenItsUrlSaysSo(TestDatabase db) {
        String separator = db.jdbcUrl().contains("?") ? "&" : "?";
        try (HikariDataSource own = pool(db, separator + "logServerErrorDetail=false")) {
            assertThat(messagesOfADuplicate(OrmKit.builder().dataSource(own)))
                    .contains("duplicate key value violates unique constraint").doesNotContain(CODE);
        }
    }
}
