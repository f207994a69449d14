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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.flywaydb.core.Flyway;

/** The audit test model with a settable "logged-in user", a hand-moved clock and a log of what reaches the driver. */
final class AuditFixture implements AutoCloseable {

    final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    final AtomicReference<String> loggedIn = new AtomicReference<>();
    final List<String> executions = new ArrayList<>();
    final OrmKit orm;

    AuditFixture(TestDatabase database, boolean withProvider) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        DataSource counted = ProxyDataSourceBuilder.create(database.dataSource())
                .afterQuery((execution, queries) -> {
                    synchronized (executions) {
                        queries.forEach(q -> executions.add((execution.isBatch() ? "batch " : "") + q.getQuery()));
                    }
                }).build();
        var builder = OrmKit.builder().dataSource(counted)
                .entities(Invoice.class, Member.class, Memo.class, Folder.class, Sheet.class, Vet.class, Client.class,
                        Subscriber.class)
                .clock(clock)
                .property("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        if (withProvider) {
            builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(loggedIn.get()));
        }
        orm = builder.build();
    }

    List<String> executions(String kind) {
        synchronized (executions) {
            return executions.stream().filter(s -> s.replace("batch ", "").stripLeading().toLowerCase(Locale.ROOT)
                    .startsWith(kind)).toList();
        }
    }

    void clearExecutions() {
        synchronized (executions) {
            executions.clear();
        }
    }

    @Override
    public void close() {
        orm.close();
    }
}
