package dev.ormkit.softdelete.internal;

import java.util.Map;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * What a sibling module adds to the UPDATE a bulk delete of a soft-deletable entity becomes (ormkit-audit: who
 * deleted), why such an entity cannot be deleted in bulk, or why a bulk update of any entity must be refused
 * (ormkit-audit: its change log would miss the rows). Consulted by {@link SoftDeleteTranslators} for every JPQL,
 * HQL and Criteria bulk statement under every bootstrap. Found through {@code META-INF/services}; not for
 * applications.
 */
public interface BulkMutationParticipant {

    /** Why a bulk delete of {@code entity} must be refused, with the fix; null when it may run. */
    @Nullable String refusal(EntityPersister entity);

    /** Throws when a JPQL/HQL/Criteria bulk update of {@code entity} must not run; does nothing otherwise. */
    default void checkBulkUpdate(EntityPersister entity) {}

    /** Extra properties to set, by name, each with its value read when the statement runs. */
    Map<String, Function<SharedSessionContractImplementor, Object>> assignments(EntityPersister entity);
}
