package dev.ormkit.core.fetch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.loader.ast.spi.BatchLoaderFactory;
import org.hibernate.loader.ast.spi.CollectionBatchLoader;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Initialises one collection of many owners with Hibernate's collection batch loader (the SPI
 * {@link BatchLoaderFactory}): one select of the element rows only, keyed by the foreign key
 * ({@code where parent_id = any (?)} on PostgreSQL), its SQL built once per collection role and size class and kept
 * for the session factory's life. The join-fetch select it replaced read the owner's columns again on every element
 * row, and PostgreSQL's generic plan for it scanned the whole element table (measured, issue 22).
 *
 * <p>The loader takes its keys from the session's batch-fetch queue; the owners' collections are put at its end
 * first, so the configured {@code default_batch_fetch_size} does not matter. A session with enabled filters or fetch
 * profiles that touch the collection is not served here (the caller's HQL select applies them).
 */
final class CollectionLoads {

    /** Keys per select; a larger level is loaded in several. */
    static final int MAX_KEYS = 8192;

    private record LoaderKey(String role, int size) {}

    private static final Map<SessionFactoryImplementor, Map<LoaderKey, CollectionBatchLoader>> LOADERS =
            new ConcurrentHashMap<>();

    private CollectionLoads() {}

    /** The collection's mapping when this class can load it in this session, else {@code null}. */
    static @Nullable PluralAttributeMapping loadable(SessionImplementor session, EntityPersister owner,
            String property) {
        if (!(owner.findAttributeMapping(property) instanceof PluralAttributeMapping plural)) {
            return null;
        }
        boolean simpleKey = plural.getKeyDescriptor().getJdbcTypeCount() == 1;
        return simpleKey && !plural.isAffectedByInfluencers(session.getLoadQueryInfluencers(), true) ? plural : null;
    }

    /**
     * Initialises {@code plural} of each owner that has it uninitialised, each statement under {@code timeoutMillis}
     * (none when not positive).
     */
    static void load(SessionImplementor session, PluralAttributeMapping plural, Collection<?> owners,
            long timeoutMillis) {
        PersistenceContext context = session.getPersistenceContextInternal();
        List<PersistentCollection<?>> pending = new ArrayList<>();
        for (Object owner : owners) {
            if (plural.getValue(Hibernate.unproxy(owner)) instanceof PersistentCollection<?> collection
                    && !collection.wasInitialized()) {
                CollectionEntry entry = context.getCollectionEntry(collection);
                if (entry != null && entry.getLoadedKey() != null) {
                    // to the end of the queue, in order: the loader takes the keys that follow the one it loads
                    context.getBatchFetchQueue().removeBatchLoadableCollection(entry);
                    context.getBatchFetchQueue().addBatchLoadableCollection(collection, entry);
                    pending.add(collection);
                }
            }
        }
        while (!pending.isEmpty()) {
            CollectionBatchLoader loader = loader(session.getFactory(), plural, pending.size());
            Object key = context.getCollectionEntry(pending.get(0)).getLoadedKey();
            // the loader takes the key and the size class's worth of keys that follow it in the queue: the rest of
            // this level, so one select per MAX_KEYS owners; when the session holds other uninitialised collections
            // of the role, up to as many of them as this level has may come along (as with Hibernate's batch fetch)
            StatementTimeouts.run(session, timeoutMillis, () -> loader.load(key, session));
            pending.removeIf(PersistentCollection::wasInitialized);
        }
    }

    private static CollectionBatchLoader loader(SessionFactoryImplementor factory, PluralAttributeMapping plural,
            int keys) {
        int size = Math.min(MAX_KEYS, Math.max(2, Integer.highestOneBit(Math.max(1, keys - 1)) << 1));
        return LOADERS.computeIfAbsent(factory, CollectionLoads::forgetOnClose).computeIfAbsent(
                new LoaderKey(plural.getNavigableRole().getFullPath(), size),
                key -> factory.getServiceRegistry().requireService(BatchLoaderFactory.class)
                        .createCollectionBatchLoader(size, new LoadQueryInfluencers(factory), plural, factory));
    }

    private static Map<LoaderKey, CollectionBatchLoader> forgetOnClose(SessionFactoryImplementor factory) {
        factory.addObserver(new SessionFactoryObserver() {
            @Override
            public void sessionFactoryClosed(org.hibernate.SessionFactory closed) {
                LOADERS.remove(factory);
            }
        });
        return new ConcurrentHashMap<>();
    }
}
