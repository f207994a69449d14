package dev.ormkit.core.fetch.internal;

import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.fetch.LazyLoadOutsidePlanException;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.internal.LazyLoads;
import java.util.Map;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.InitializeCollectionEvent;
import org.hibernate.event.spi.InitializeCollectionEventListener;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Prepended to Hibernate's own listeners, so throwing stops a lazy load before its SQL. Collections: the
 * INIT_COLLECTION event fires only for lazy initialisation (never for join fetches or graphs). To-one
 * proxies: only LOAD events of type IMMEDIATE_LOAD are proxy initialisations; the per-row
 * INTERNAL_LOAD_LAZY events return at once. In REPORT discipline the load goes on and is reported once per
 * entity and association per session; the persistence-context scan that names a to-one's property runs only for
 * the first load of each target entity in the session.
 */
final class StrictFetchListener implements InitializeCollectionEventListener, LoadEventListener {

    @Override
    public void onInitializeCollection(InitializeCollectionEvent event) {
        EventSource session = event.getSession();
        FetchDiscipline discipline = StrictMode.discipline(session);
        if (discipline == FetchDiscipline.OFF) {
            return;
        }
        String ownerName = event.getAffectedOwnerEntityName();
        String role = event.getCollection().getRole();
        String property = role != null && role.startsWith(ownerName + ".")
                ? role.substring(ownerName.length() + 1) : String.valueOf(role);
        EntityPersister ownerPersister = session.getFactory().getMappingMetamodel().getEntityDescriptor(ownerName);
        String owner = EntityNames.of(ownerPersister);
        LazyLoads.report(session, owner + "." + property, ownerPersister.getMappedClass(), property, discipline);
        if (discipline == FetchDiscipline.STRICT) {
            throw violation(owner, property, owner + "[" + event.getAffectedOwnerIdOrNull() + "]." + property);
        }
    }

    @Override
    public void onLoad(LoadEvent event, LoadType loadType) {
        if (loadType != LoadEventListener.IMMEDIATE_LOAD) {
            return;
        }
        EventSource session = event.getSession();
        FetchDiscipline discipline = StrictMode.discipline(session);
        if (discipline == FetchDiscipline.OFF) {
            return;
        }
        EntityPersister persister = session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(event.getEntityClassName());
        String key = "-> " + persister.getEntityName();
        if (discipline == FetchDiscipline.REPORT && LazyLoads.alreadyReported(session, key)) {
            return; // reported once per target entity and session: no persistence-context scan per row
        }
        String target = EntityNames.of(persister) + "[" + event.getEntityId() + "]";
        Map.Entry<Object, EntityEntry>[] entries = session.getPersistenceContextInternal().reentrantSafeEntityEntries();
        for (Map.Entry<Object, EntityEntry> entry : entries) {
            if (entry.getValue().getPersister().getEntityName().equals(persister.getEntityName())
                    && entry.getValue().getId().equals(event.getEntityId())) {
                return; // already loaded: initialising the proxy runs no SQL
            }
        }
        for (Map.Entry<Object, EntityEntry> entry : entries) {
            EntityPersister holder = entry.getValue().getPersister();
            for (int i = 0; i < holder.getNumberOfAttributeMappings(); i++) {
                AttributeMapping attribute = holder.getAttributeMapping(i);
                if (attribute instanceof ToOneAttributeMapping
                        && pointsAt(attribute.getValue(entry.getKey()), persister, event.getEntityId())) {
                    String owner = EntityNames.of(holder);
                    LazyLoads.report(session, key, holder.getMappedClass(), attribute.getAttributeName(), discipline);
                    if (discipline == FetchDiscipline.STRICT) {
                        throw violation(owner, attribute.getAttributeName(),
                                owner + "." + attribute.getAttributeName() + " -> " + target);
                    }
                    return;
                }
            }
        }
        if (discipline == FetchDiscipline.STRICT) {
            throw violation(EntityNames.of(persister), "(to-one reference)", "a reference to " + target);
        }
    }

    private static boolean pointsAt(Object value, EntityPersister persister, Object id) {
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(value);
        return lazy != null && lazy.getEntityName().equals(persister.getEntityName())
                && lazy.getInternalIdentifier().equals(id);
    }

    private static LazyLoadOutsidePlanException violation(String entity, String property, String what) {
        return new LazyLoadOutsidePlanException(entity, property, "Strict fetch mode stopped a lazy load of "
                + what + ": " + entity + "." + property + " is not in the fetch plan. Load it up front by "
                + "adding \"" + property + "\" to the FetchPlan of the query that loaded the " + entity
                + " (prefixed with the path from the queried entity, for example \"owner." + property
                + "\"), or wrap a deliberate lazy load in StrictFetch.allowLazyLoads(...).");
    }
}
