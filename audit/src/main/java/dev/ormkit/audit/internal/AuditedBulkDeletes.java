package dev.ormkit.audit.internal;

import dev.ormkit.audit.Audited;
import dev.ormkit.audit.AuditedDeletion;
import dev.ormkit.audit.ChangeLogged;
import dev.ormkit.audit.UnloggedWriteException;
import dev.ormkit.softdelete.internal.BulkMutationParticipant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Who deleted, in the UPDATE a bulk delete of an audited soft-deletable entity becomes: {@code deleted_by} and
 * {@code updated_by} from the actor in scope when the statement runs. A {@link ChangeLogged} entity is refused:
 * one UPDATE writes no change-log row per entity. For the same reason a bulk update of a change-logged entity
 * is refused.
 */
public final class AuditedBulkDeletes implements BulkMutationParticipant {

    @Override
    public @Nullable String refusal(EntityPersister entity) {
        return entity.getMappedClass().isAnnotationPresent(ChangeLogged.class)
                ? "it is @ChangeLogged, and one bulk UPDATE would write no change-log row for the rows it deletes."
                : null;
    }

    /**
     * A JPQL/HQL/Criteria bulk update of a change-logged entity would change rows the change log never hears of,
     * on every bootstrap; it is refused before it runs.
     */
    @Override
    public void checkBulkUpdate(EntityPersister entity) {
        if (entity.getMappedClass().isAnnotationPresent(ChangeLogged.class)) {
            throw new UnloggedWriteException("A bulk update of " + entity.getJpaEntityName() + " was refused before any "
                    + "row changed: it is @ChangeLogged, and one UPDATE statement writes no change-log row for the "
                    + "rows it changes. Load the entities and change them (in chunks for many rows), so each change "
                    + "is logged.");
        }
    }

    @Override
    public Map<String, Function<SharedSessionContractImplementor, Object>> assignments(EntityPersister entity) {
        Map<String, Function<SharedSessionContractImplementor, Object>> columns = new LinkedHashMap<>();
        Class<?> type = entity.getMappedClass();
        Function<SharedSessionContractImplementor, Object> actor =
                session -> Actors.from(session.getFactory().getProperties()).current();
        if (Audited.class.isAssignableFrom(type)) {
            columns.put("updatedBy", actor);
        }
        if (AuditedDeletion.class.isAssignableFrom(type)) {
            columns.put("deletedBy", actor);
        }
        return columns;
    }
}
