package dev.ormkit.softdelete.internal;

import java.util.Map;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * What a sibling module adds to the UPDATE a bulk delete of a soft-deletable entity becomes (ormkit-audit: who
 * deleted), or why such an entity cannot be deleted in bulk (ormkit-audit: its change log would miss the rows).
 * Found through {@code META-INF/services}; not for applications.
 */
public interface BulkDeleteParticipant {

    /** Why a bulk delete of {@code entity} must be refused, with the fix; null when it may run. */
    @Nullable String refusal(EntityPersister entity);

    /** Extra properties to set, by name, each with its value read when the statement runs. */
    Map<String, Function<SharedSessionContractImplementor, Object>> assignments(EntityPersister entity);
}
