package dev.ormkit.audit;

import dev.ormkit.audit.model.Client;
import dev.ormkit.audit.model.Folder;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.audit.model.Sheet;
import dev.ormkit.audit.model.Subscriber;
import dev.ormkit.audit.model.Vet;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/** The audit test model, on a database that has ormkit's change-log table (migrated as users do). */
final class AuditModel implements OrmKitCustomizer {

    @Override
    public void customize(OrmKitBuilder builder, TestDatabase database) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        builder.entities(Invoice.class, Member.class, Memo.class, Folder.class, Sheet.class, Vet.class, Client.class,
                Subscriber.class);
    }

    /** What reached the driver of one kind ({@code "insert"}, ...), a batch as {@code "batch <sql>"}. */
    static List<String> executions(SqlCapture sql, String kind) {
        return sql.log().statements().stream()
                .filter(s -> s.sql().stripLeading().toLowerCase(Locale.ROOT).startsWith(kind))
                .map(s -> (s.batch() ? "batch " : "") + s.sql()).toList();
    }
}
