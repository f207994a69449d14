package dev.ormkit.core.repository.internal;

import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.paging.Order;
import dev.ormkit.core.paging.Sort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once per session factory, entity and order when a keyset order has no index to seek on: no index of
 * the entity's table holds the sort columns as a contiguous run of its columns (leading, or after equality
 * columns such as {@code (city, name, id)} for {@code city = :c order by name}). The seed asks for indexes
 * on sort keys; without one, every keyset page sorts the matching rows. Reads the PostgreSQL catalog, the one
 * place ormkit needs native SQL here.
 */
final class IndexAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.core.repository.EntityRepository");

    /** Warn-once memory, weakly keyed by factory: it goes away with the factory. */
    private static final Map<SessionFactory, Set<String>> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    private IndexAdvisor() {}

    static void check(Session session, Class<?> type, List<Sort> order) {
        SessionFactory factory = session.getSessionFactory();
        String key = type.getName() + ":" + order;
        Set<String> checked = CHECKED.computeIfAbsent(factory, f -> Collections.synchronizedSet(new HashSet<>()));
        if (!checked.add(key)) {
            return;
        }
        EntityPersister persister = factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(type);
        if (!(persister instanceof AbstractEntityPersister mapped)) {
            return;
        }
        String table = persister.getMappedTableDetails().getTableName();
        List<String> columns = new ArrayList<>();
        for (Sort sort : order) {
            String[] names = sort.property().equals(persister.getIdentifierPropertyName())
                    ? mapped.getIdentifierColumnNames() : mapped.getPropertyColumnNames(sort.property());
            if (names.length != 1) {
                return;
            }
            columns.add(names[0].replace("\"", "").toLowerCase(Locale.ROOT));
        }
        // Plain JDBC on the session's connection: no flush of pending changes, table name bound as a value.
        List<String> indexes = session.doReturningWork(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select array_to_string(array(select "
                    + "a.attname from unnest(i.indkey) with ordinality k(attnum, n) join pg_attribute a on "
                    + "a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n), ',') from pg_index i where "
                    + "i.indrelid = to_regclass(?)")) {
                statement.setString(1, table);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
        String wanted = String.join(",", columns);
        for (String index : indexes) {
            if (("," + index + ",").contains("," + wanted + ",")) {
                return;
            }
        }
        LOG.warn("Keyset paging of {} ordered by {}: no index on table {} has the columns ({}) in this order, so "
                + "each page sorts every matching row. Create one, for example: create index on {} ({}).",
                EntityNames.of(type), new Order(order), table, wanted, table, wanted);
    }
}
