package dev.ormkit.audit;

import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.TestDatabase;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The "logged-in user" of the audit tests: the auditor provider reports whatever {@link #name} holds (none at first). */
final class SignedInUser implements OrmKitCustomizer {

    final AtomicReference<String> name = new AtomicReference<>();

    @Override
    public void customize(OrmKitBuilder builder, TestDatabase database) {
        builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(name.get()));
    }
}
