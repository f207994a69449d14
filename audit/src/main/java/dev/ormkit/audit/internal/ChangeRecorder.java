package dev.ormkit.audit.internal;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.Sensitive;
import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.core.internal.Ids;
import dev.ormkit.core.internal.Proxies;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Collects change-log rows during a transaction and writes them in JDBC batches on the transaction's own
 * connection: just before it commits, and whenever {@value #BATCH_ROWS} rows are waiting (a large
 * {@code BatchInsert}), so memory stays flat. A rollback leaves no row, and an audited transaction costs one extra
 * round trip per {@value #BATCH_ROWS} logged rows.
 */
final class ChangeRecorder {

    /** Rows written per JDBC batch, and the most kept in memory per session. */
    static final int BATCH_ROWS = 1000;

    /** Bookkeeping columns: the action and the audit columns already say what they would. */
    private static final Set<String> SKIPPED = Set.of("version", "createdAt", "updatedAt", "createdBy", "updatedBy",
            "deletedAt", "deletedBy");

    private static final String INSERT = "insert into ormkit_change_log "
            + "(id, entity_type, entity_id, action, actor, changed_at, changes) values (?, ?, ?, ?, ?, ?, ?::jsonb)";
    /**
     * With the session's tenant ({@code @TenantId} entities), in the column added by
     * {@code V2__ormkit_change_log_tenant.sql}; an application without tenants never needs that column.
     */
    private static final String INSERT_WITH_TENANT = "insert into ormkit_change_log "
            + "(id, entity_type, entity_id, action, actor, changed_at, changes, tenant_id) "
            + "values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)";

    record Row(UUID id, String entityType, UUID entityId, Action action, String actor, Instant at, String changes,
            @Nullable String tenant) {}

    private final Clock clock;
    private final Map<SharedSessionContractImplementor, List<Row>> pending =
            Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Class<?>, Set<String>> sensitive = new ConcurrentHashMap<>();

    ChangeRecorder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records one change. {@code before} is null for an insert, and for an update whose old state is unknown (a
     * stateless session's update writes without reading the row): every field is then logged with its new value.
     */
    void record(SharedSessionContractImplementor session, EntityPersister persister, Object id, Action action,
            String actor, Object @Nullable [] before, Object @Nullable [] after, int @Nullable [] dirty) {
        String changes = changes(persister, before, after, dirty, action == Action.UPDATE && before == null);
        Row row = new Row(Ids.newId(), persister.getJpaEntityName(), (UUID) id, action, actor, Clocks.now(clock), changes,
                session.getTenantIdentifier());
        if (!session.isTransactionInProgress()) {
            write(session, List.of(row));
            return;
        }
        List<Row> rows = pending.get(session);
        if (rows == null) {
            List<Row> created = new ArrayList<>();
            rows = created;
            pending.put(session, rows);
            // The callback is given the session that owns the transaction. For a stateless session sharing the
            // caller's transaction (BatchInsert) that is the caller's session, not the one the rows were recorded
            // in, so the rows are found through the recording session captured here and written on the owner.
            session.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) owner -> {
                        if (pending.remove(session) != null && !created.isEmpty()) {
                            write(owner, created);
                        }
                    });
        }
        rows.add(row);
        if (rows.size() >= BATCH_ROWS) {
            write(session, rows);
            rows.clear();
        }
    }

    private static void write(SharedSessionContractImplementor session, List<Row> rows) {
        boolean tenants = rows.stream().anyMatch(row -> row.tenant() != null);
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(tenants ? INSERT_WITH_TENANT : INSERT)) {
                for (Row row : rows) {
                    insert.setObject(1, row.id());
                    insert.setString(2, row.entityType());
                    insert.setObject(3, row.entityId());
                    insert.setString(4, row.action().name());
                    insert.setString(5, row.actor());
                    insert.setTimestamp(6, Timestamp.from(row.at()));
                    insert.setString(7, row.changes());
                    if (tenants) {
                        insert.setString(8, row.tenant());
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String changes(EntityPersister persister, Object @Nullable [] before, Object @Nullable [] after,
            int @Nullable [] dirty, boolean everyField) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Set<String> masked = sensitive.computeIfAbsent(persister.getMappedClass(), ChangeRecorder::sensitiveFields);
        Set<Integer> changed = new HashSet<>();
        if (dirty != null) {
            for (int index : dirty) {
                changed.add(index);
            }
        }
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            if (SKIPPED.contains(names[i]) || types[i].isCollectionType()
                    || AuditedColumns.isColumns(types[i].getReturnedClass())
                    || types[i].getReturnedClass() == dev.ormkit.softdelete.SoftDeleteColumn.class) {
                continue;
            }
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            boolean include = everyField || (before == null || after == null ? (old != null || now != null)
                    : dirty != null ? changed.contains(i) : !Objects.equals(old, now));
            if (!include) {
                continue;
            }
            boolean hide = masked.contains(names[i]);
            if (json.length() > 1) {
                json.append(',');
            }
            Json.string(json, names[i]).append(":{");
            if (before != null) {
                json.append("\"old\":");
                Json.value(json, hide ? "***" : plain(old));
            }
            if (after != null) {
                json.append(before != null ? "," : "").append("\"new\":");
                Json.value(json, hide ? "***" : plain(now));
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    /** Associations are recorded by id, never by loading them. */
    private static @Nullable Object plain(@Nullable Object value) {
        return value instanceof BaseEntity entity ? Proxies.idOf(entity) : value;
    }

    private static Set<String> sensitiveFields(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Sensitive.class)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }
}
