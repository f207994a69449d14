package dev.ormkit.softdelete.internal;

import dev.ormkit.core.internal.DefaultPropertiesContributor;
import dev.ormkit.softdelete.BulkDeleteGuard;
import java.util.Map;

/** What {@code OrmKit.builder()} sets when soft delete is on the class path: the bulk-delete guard. */
public final class SoftDeleteDefaults implements DefaultPropertiesContributor {

    @Override
    public Map<String, Object> defaultProperties() {
        return Map.of("hibernate.query.sqm.translator", BulkDeleteGuard.class.getName());
    }
}
