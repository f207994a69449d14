package dev.ormkit.audit;

import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.PageRequest;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads the change log that {@link ChangeLogged} entities write.
 *
 * <pre>{@code
 * List<ChangeLog.Change> history = ChangeLog.history(em, Customer.class, id, 0, 50);
 * List<ChangeLog.Change> byAda = ChangeLog.byActor(em, "ada", monday, friday, 0, 50);
 * }</pre>
 *
 * <p>Pages are numbered from 0 and hold 1 to {@value #MAX_PAGE_SIZE} entries. The table comes from the script
 * {@code db/ormkit/audit/V1__ormkit_change_log.sql} in this jar.
 */
public final class ChangeLog {

    /** The largest page either query returns. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The kind of write a change-log entry records. */
    public enum Action { INSERT, UPDATE, DELETE, RESTORE, PURGE }

    /**
     * One entry: {@code changes} is a JSON object of the changed fields, each {@code {"old": …, "new": …}}.
     */
    public record Change(UUID id, String entityType, UUID entityId, Action action, String actor, Instant at,
            String changes) {}

    private ChangeLog() {}

    /**
     * The history of one entity, oldest first, one page of it: pages count from 1, as everywhere in ormkit
     * ({@code ChangeLog.history(em, Invoice.class, id, PageRequest.ofSize(50))} is the first 50 changes).
     *
     * @throws InvalidPageRequestException for a cursor (the change log pages by offset) or a size over
     *         {@value #MAX_PAGE_SIZE}
     */
    public static List<Change> history(EntityManager em, Class<?> entityType, UUID id, PageRequest request) {
        Objects.requireNonNull(id, "id must not be null");
        String name = em.getMetamodel().entity(entityType).getName();
        return query(em, "where entity_type = ? and entity_id = ? order by changed_at, id", request, name, id);
    }

    /**
     * What one actor changed in {@code [from, to)}, newest first, one page of it (pages count from 1).
     *
     * @throws InvalidPageRequestException for a cursor or a size over {@value #MAX_PAGE_SIZE}
     */
    public static List<Change> byActor(EntityManager em, String actor, Instant from, Instant to, PageRequest request) {
        Objects.requireNonNull(actor, "actor must not be null");
        return query(em, "where actor = ? and changed_at >= ? and changed_at < ? order by changed_at desc, id desc",
                request, actor, Timestamp.from(from), Timestamp.from(to));
    }

    private static List<Change> query(EntityManager em, String where, PageRequest request, Object... values) {
        Objects.requireNonNull(request, "page request must not be null");
        if (request.cursor().isPresent()) {
            throw new InvalidPageRequestException("The change log pages by page number, not by cursor: use "
                    + "PageRequest.ofSize(n).page(p).");
        }
        int size = request.size();
        if (size > MAX_PAGE_SIZE) {
            throw new InvalidPageRequestException("A change-log page holds at most " + MAX_PAGE_SIZE
                    + " entries, not " + size + ".");
        }
        long page = request.page() - 1;
        Session session = em.unwrap(Session.class);
        // A tenant's session reads its tenant's entries only (V2__ormkit_change_log_tenant.sql adds the column).
        String tenant = session.getTenantIdentifier();
        String scoped = tenant == null ? where : "where tenant_id = ? and " + where.substring("where ".length());
        String sql = "select id, entity_type, entity_id, action, actor, changed_at, changes::text from ormkit_change_log "
                + scoped + " limit ? offset ?";
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                if (tenant != null) {
                    statement.setString(index++, tenant);
                }
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
                statement.setInt(index++, size);
                statement.setLong(index, page * size);
                return read(statement);
            }
        });
    }

    private static List<Change> read(PreparedStatement statement) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                changes.add(new Change(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class),
                        Action.valueOf(rows.getString(4)), rows.getString(5), rows.getTimestamp(6).toInstant(),
                        rows.getString(7)));
            }
        }
        return changes;
    }
}
