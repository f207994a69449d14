package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeletable;
import dev.ormkit.softdelete.Visibility;
import jakarta.persistence.EntityNotFoundException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;

/**
 * Hides deleted rows from loads by key the filters do not reach. {@code find} returns null for a deleted row
 * (also one this transaction deleted), and a {@code getReference} proxy to a deleted row fails like a missing
 * row when initialised. Lazy to-one proxies are left alone: a live row's reference to a deleted one loads.
 */
final class DeletedRowGuard implements LoadEventListener {

    private final Map<Object, Set<String>> references = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void onLoad(LoadEvent event, LoadType type) {
        SharedSessionContractImplementor session = event.getSession();
        if (type == LoadEventListener.LOAD) {
            if (!softDeletable(session, event.getEntityClassName())) {
                return; // getReference is common for plain entities: keep the bookkeeping to the ones it is for
            }
            references.computeIfAbsent(session, s -> Collections.synchronizedSet(new HashSet<>()))
                    .add(key(event));
            return;
        }
        if (type != LoadEventListener.GET && type != LoadEventListener.IMMEDIATE_LOAD) {
            return;
        }
        Object result = event.getResult();
        if (result == null || !(Hibernate.isInitialized(result))
                || !(Hibernate.unproxy(result) instanceof SoftDeletable entity)) {
            return;
        }
        Visibility visibility = VisibilityFilters.of(session.getLoadQueryInfluencers());
        boolean hidden = entity.isDeleted() ? visibility == Visibility.LIVE : visibility == Visibility.ONLY_DELETED;
        if (!hidden) {
            return;
        }
        if (type == LoadEventListener.GET) {
            event.setResult(null);
            return;
        }
        Set<String> referenced = references.get(session);
        if (referenced != null && referenced.contains(key(event))) {
            String name = session.getFactory().getMappingMetamodel().getEntityDescriptor(event.getEntityClassName())
                    .getJpaEntityName();
            throw new EntityNotFoundException(name + " with id " + event.getEntityId()
                    + " is soft-deleted, so getReference() finds no row. Load it inside "
                    + "SoftDeletes.includingDeleted(...) to see it.");
        }
    }

    private static boolean softDeletable(SharedSessionContractImplementor session, String entityName) {
        Class<?> type = session.getFactory().getMappingMetamodel().getEntityDescriptor(entityName).getMappedClass();
        return SoftDeletable.class.isAssignableFrom(type);
    }

    private static String key(LoadEvent event) {
        return event.getEntityClassName() + "#" + event.getEntityId();
    }
}
