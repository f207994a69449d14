package dev.ormkit.audit;

import dev.ormkit.audit.model.Client;
import dev.ormkit.audit.model.Folder;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.audit.model.Sheet;
import dev.ormkit.audit.model.Subscriber;
import dev.ormkit.audit.model.Vet;
import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;

/** The audit test model with a settable "logged-in user", a hand-moved clock and a log of what reaches the driver (the testkit's
 * {@link SqlCapture}). */
final class AuditFixture implements AutoCloseable {

    final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    final AtomicReference<String> loggedIn = new AtomicReference<>();
    final SqlCapture capture = new SqlCapture();
    final OrmKit orm;

    AuditFixture(TestDatabase database, boolean withProvider) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        var builder = OrmKit.builder().dataSource(capture.wrap(database.dataSource()))
                .entities(Invoice.class, Member.class, Memo.class, Folder.class, Sheet.class, Vet.class, Client.class,
                        Subscriber.class)
                .clock(clock)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        if (withProvider) {
            builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(loggedIn.get()));
        }
        orm = builder.build();
    }

    /** What reached the driver of one kind ({@code "insert"}, ...), a batch as {@code "batch <sql>"}. */
    List<String> executions(String kind) {
        return capture.log().statements().stream()
                .filter(s -> s.sql().stripLeading().toLowerCase(Locale.ROOT).startsWith(kind))
                .map(s -> (s.batch() ? "batch " : "") + s.sql()).toList();
    }

    void clearExecutions() {
        capture.clear();
    }

    @Override
    public void close() {
        orm.close();
    }
}
