package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeletable;
import java.time.Instant;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * {@code SoftDeletes.restore}'s walk: the entity, then — through every cascade-remove association and every
 * collection — the children soft-deleted at the same instant, recursively.
 */
public final class RestoreTree {

    private RestoreTree() {}

    public static int restore(Session session, SoftDeletable entity, Instant deletedAt) {
        return restore(session.unwrap(SessionImplementor.class), entity, deletedAt);
    }

    public static int restore(SessionImplementor session, SoftDeletable entity, Instant deletedAt) {
        entity.setDeletedAt(null);
        int restored = 1;
        EntityPersister persister = session.getEntityPersister(null, entity);
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (!persister.getPropertyCascadeStyles()[i].doCascade(CascadingActions.REMOVE)
                    && !persister.getPropertyTypes()[i].isCollectionType()) {
                continue;
            }
            for (Object child : related(session, persister, entity, i)) {
                if (child instanceof SoftDeletable deletedChild && deletedAt.equals(deletedChild.getDeletedAt())) {
                    restored += restore(session, deletedChild, deletedAt);
                }
            }
        }
        return restored;
    }

    private static List<?> related(SessionImplementor session, EntityPersister persister, Object entity,
            int property) {
        if (persister.getPropertyTypes()[property].isCollectionType()) {
            return session.createSelectionQuery("select c from " + persister.getEntityName() + " e join e."
                            + persister.getPropertyNames()[property] + " c where e = :entity", Object.class)
                    .setParameter("entity", entity)
                    .getResultList();
        }
        Object value = persister.getValue(entity, property);
        return value == null ? List.of() : List.of(Hibernate.unproxy(value));
    }
}
