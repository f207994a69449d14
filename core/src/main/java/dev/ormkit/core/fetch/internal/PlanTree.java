package dev.ormkit.core.fetch.internal;

import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.fetch.InvalidFetchPlanException;
import dev.ormkit.core.internal.EntityNames;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.hibernate.FlushMode;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.SelectionQuery;

/**
 * A fetch plan resolved against the metamodel. To-one paths become left join fetches of the query that loads
 * their parent; each collection becomes one select per level. Where the collection's elements have no to-one of
 * the plan to join, that select reads the element rows only, keyed by the foreign key, through Hibernate's
 * collection batch loader ({@link CollectionLoads}); otherwise (and in sessions with filters that touch the
 * collection) it is {@code select x from Parent x left join fetch x.children c ... where x.id in (...)}. Either
 * initialises the collections of the managed parents. One collection per select: rows never multiply across
 * collections and lists ("bags") are safe.
 */
public final class PlanTree {

    /** Parents per IN select: far below PostgreSQL's 65,535 bind parameters; larger levels are split. */
    static final int IN_CHUNK = 10_000;

    /**
     * Up to this many parents, the ids are bound as single parameters, {@code in (:id0, ..., :idN)}, their count
     * padded to a power of two with the last id: Hibernate 7.4 does not cache the plan of a query with a
     * multi-valued parameter ({@code SqmInterpretationsKey.isCacheable}), so {@code in :ids} was translated from
     * HQL to SQL again at every page, most of the Java time of a fetch-planned page (measured, issue 22).
     */
    static final int PADDED_MAX = 1024;

    private record Node(String name, boolean collection, String entityName, Class<?> javaType,
            Map<String, Node> children) {}

    private final Node root;

    private PlanTree(Node root) {
        this.root = root;
    }

    public static PlanTree resolve(Metamodel metamodel, Class<?> rootType, FetchPlan plan) {
        Node root = new Node("", false, metamodel.entity(rootType).getName(), rootType, new LinkedHashMap<>());
        for (String path : plan.paths()) {
            Node node = root;
            ManagedType<?> type = metamodel.managedType(rootType);
            for (String name : path.split("\\.")) {
                Attribute<?, ?> attribute = attribute(type, name, path);
                boolean collection = attribute.isCollection();
                Class<?> target = collection ? ((PluralAttribute<?, ?, ?>) attribute).getElementType().getJavaType()
                        : attribute.getJavaType();
                type = metamodel.managedType(target);
                String entityName = metamodel.entity(target).getName();
                node = node.children().computeIfAbsent(name,
                        key -> new Node(key, collection, entityName, target, new LinkedHashMap<>()));
            }
        }
        return new PlanTree(root);
    }

    private static Attribute<?, ?> attribute(ManagedType<?> type, String name, String path) {
        String owner = EntityNames.of(type.getJavaType());
        Attribute<?, ?> attribute;
        try {
            attribute = type.getAttribute(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFetchPlanException("Fetch path " + CallerText.show(path) + ": " + owner
                    + " has no property " + CallerText.show(name) + ". Its associations are " + associations(type) + ".");
        }
        if (!attribute.isAssociation()) {
            throw new InvalidFetchPlanException("Fetch path " + CallerText.show(path) + ": " + owner + "." + name
                    + " is not an "
                    + "association, so there is nothing to fetch. Its associations are " + associations(type) + ".");
        }
        return attribute;
    }

    private static Set<String> associations(ManagedType<?> type) {
        Set<String> names = new TreeSet<>();
        type.getAttributes().stream().filter(Attribute::isAssociation).forEach(a -> names.add(a.getName()));
        return names;
    }

    /** Whether the plan names a collection anywhere. */
    public boolean hasCollections() {
        return hasCollections(root);
    }

    private static boolean hasCollections(Node node) {
        return node.children().values().stream().anyMatch(child -> child.collection() || hasCollections(child));
    }

    /** The {@code left join fetch} clauses of the root query: the to-one chains from the root. */
    public String rootJoins(String alias) {
        StringBuilder joins = new StringBuilder();
        toOneJoins(root, alias, joins, new int[] {0});
        return joins.toString();
    }

    private static void toOneJoins(Node node, String alias, StringBuilder joins, int[] counter) {
        for (Node child : node.children().values()) {
            if (!child.collection()) {
                String childAlias = alias + "_" + counter[0]++;
                joins.append(" left join fetch ").append(alias).append('.').append(child.name()).append(' ')
                        .append(childAlias);
                toOneJoins(child, childAlias, joins, counter);
            }
        }
    }

    /**
     * Loads the plan's collections for {@code roots} (already loaded with {@link #rootJoins}): one select per
     * collection level, each under {@code timeoutMillis} (none when not positive); {@code configure} applies that
     * timeout to the HQL selects. Call it right after the query that loaded the roots: its selects do not flush
     * the session.
     */
    public void loadCollections(Session session, List<?> roots, long timeoutMillis,
            Consumer<SelectionQuery<?>> configure) {
        if (!roots.isEmpty()) {
            // The query that loaded the roots flushed (auto flush) an instant ago and nothing ran since: an auto
            // flush before each collection select would only dirty-check every managed entity again (measured:
            // a fifth of a fetch-planned page's Java time, issue 22).
            FlushMode flushMode = session.getHibernateFlushMode();
            session.setHibernateFlushMode(FlushMode.MANUAL);
            try {
                load(session.unwrap(SessionImplementor.class), root, roots, timeoutMillis, configure);
            } finally {
                session.setHibernateFlushMode(flushMode);
            }
        }
    }

    private void load(SessionImplementor session, Node node, Collection<?> parents, long timeoutMillis,
            Consumer<SelectionQuery<?>> configure) {
        SessionFactoryImplementor factory = session.getFactory();
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(node.javaType());
        PersistenceUnitUtil util = factory.getPersistenceUnitUtil();
        for (Node child : node.children().values()) {
            if (!child.collection() && !hasCollections(child)) {
                continue;
            }
            PluralAttributeMapping keyed = child.collection() && !hasToOnes(child)
                    ? CollectionLoads.loadable(session, persister, child.name()) : null;
            if (keyed != null) {
                CollectionLoads.load(session, keyed, parents, timeoutMillis);
            } else if (child.collection()) {
                List<Object> ids = new ArrayList<>(parents.size());
                parents.forEach(parent -> ids.add(util.getIdentifier(parent)));
                StringBuilder joins = new StringBuilder();
                toOneJoins(child, "c", joins, new int[] {0});
                String hql = "select x from " + node.entityName() + " x left join fetch x." + child.name() + " c"
                        + joins + " where x.id in ";
                for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                    List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                    SelectionQuery<?> query = chunk.size() > PADDED_MAX
                            ? session.createSelectionQuery(hql + ":ids", Object.class).setParameter("ids", chunk)
                            : padded(session, hql, chunk);
                    configure.accept(query);
                    query.getResultList();
                }
            }
            Set<Object> next = new LinkedHashSet<>();
            for (Object parent : parents) {
                Object value = persister.getPropertyValue(Hibernate.unproxy(parent), child.name());
                if (value instanceof Collection<?> elements) {
                    next.addAll(elements);
                } else if (value instanceof Map<?, ?> map) {
                    next.addAll(map.values());
                } else if (value != null) {
                    next.add(value);
                }
            }
            if (!next.isEmpty()) {
                load(session, child, next, timeoutMillis, configure);
            }
        }
    }

    private static boolean hasToOnes(Node node) {
        return node.children().values().stream().anyMatch(child -> !child.collection());
    }

    private static SelectionQuery<?> padded(Session session, String hql, List<Object> ids) {
        int size = Math.max(1, Integer.highestOneBit(ids.size() - 1) << 1);
        StringBuilder in = new StringBuilder(hql).append('(');
        for (int i = 0; i < size; i++) {
            in.append(i == 0 ? ":id0" : ", :id" + i);
        }
        SelectionQuery<?> query = session.createSelectionQuery(in.append(')').toString(), Object.class);
        for (int i = 0; i < size; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return query;
    }
}
