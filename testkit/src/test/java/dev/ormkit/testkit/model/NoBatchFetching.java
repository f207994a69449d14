package dev.ormkit.testkit.model;

import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.TestDatabase;

/** Loads lazy associations one row at a time, so a loop over them shows the classic N+1 the detector must catch. */
public final class NoBatchFetching implements OrmKitCustomizer {

    @Override
    public void customize(OrmKitBuilder builder, TestDatabase database) {
        builder.property("hibernate.default_batch_fetch_size", 1);
    }
}
