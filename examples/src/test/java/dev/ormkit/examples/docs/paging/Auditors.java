package dev.ormkit.examples.docs.paging;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.TestDatabase;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/** The clinic's owners are audited and change-logged: the audit tables come from ormkit's migrations, the actor is fixed. */
final class Auditors implements OrmKitCustomizer {

    @Override
    public void customize(OrmKitBuilder builder, TestDatabase database) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.of("docs"));
    }
}
