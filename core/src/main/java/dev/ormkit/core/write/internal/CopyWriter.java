package dev.ormkit.core.write.internal;

import dev.ormkit.core.write.BulkImportException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EntityVersionMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Writes entities as COPY text rows, column values taken from Hibernate's mapping model. */
public final class CopyWriter {

    private static final int FLUSH_BYTES = 1 << 16;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CopyWriter() {}

    public static long copy(Session session, Class<?> type, Iterable<?> entities) {
        SessionImplementor source = session.unwrap(SessionImplementor.class);
        SessionFactoryImplementor factory = source.getFactory();
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
        List<SelectableMapping> columns = columns(persister);
        String table = persister.getMappedTableDetails().getTableName();
        String sql = "copy " + table + " (" + String.join(", ", columns.stream().map(SelectableMapping::getSelectionExpression).toList())
                + ") from stdin";
        CopyText text = new CopyText(() -> factory.getSessionFactoryOptions().getJsonFormatMapper(), source);
        CallbackRegistry callbacks = factory.getEventEngine().getCallbackRegistry();
        var preInsert = factory.getServiceRegistry().requireService(EventListenerRegistry.class)
                .getEventListenerGroup(EventType.PRE_INSERT);
        session.flush();
        return session.doReturningWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
            List<Object> written = new ArrayList<>();
            long rows = 0;
            try {
                for (Object entity : entities) {
                    if (entity.getClass() != type) {
                        throw new IllegalArgumentException("BulkImport.copy(" + type.getSimpleName() + ") got a "
                                + entity.getClass().getName() + "; import one exact entity type per call.");
                    }
                    callbacks.preCreate(entity);
                    prepare(entity, persister, source, preInsert);
                    byte[] bytes = row(entity, persister, columns, text, source).getBytes(StandardCharsets.UTF_8);
                    buffer.write(bytes, 0, bytes.length);
                    written.add(entity);
                    rows++;
                    if (buffer.size() >= FLUSH_BYTES) {
                        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                        buffer.reset();
                    }
                }
                if (buffer.size() > 0) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                }
                long copied = copy.endCopy();
                written.forEach(callbacks::postCreate);
                return copied;
            } catch (SQLException failure) {
                throw refused(table, failure);
            } catch (RuntimeException failure) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw failure;
            }
        });
    }

    /** Version 0 and the pre-insert listeners (timestamps, audit, soft delete), exactly as persist would. */
    private static void prepare(Object entity, EntityPersister persister, SessionImplementor session,
            org.hibernate.event.service.spi.EventListenerGroup<org.hibernate.event.spi.PreInsertEventListener> listeners) {
        Object[] state = persister.getValues(entity);
        EntityVersionMapping version = persister.getVersionMapping();
        if (version != null) {
            int index = version.getVersionAttribute().getStateArrayPosition();
            if (state[index] == null) {
                state[index] = version.getJavaType().wrap(0L, session);
            }
        }
        Object id = persister.getIdentifier(entity, session);
        PreInsertEvent event = new PreInsertEvent(entity, id, state, persister, session);
        listeners.fireEventOnEachListener(event, (listener, e) -> listener.onPreInsert(e));
        persister.setValues(entity, state);
    }

    private static String row(Object entity, EntityPersister persister, List<SelectableMapping> columns, CopyText text,
            SessionImplementor session) {
        StringBuilder line = new StringBuilder(256);
        persister.getIdentifierMapping().breakDownJdbcValues(persister.getIdentifier(entity, session),
                (index, value, selectable) -> text.append(line, value, selectable), session);
        for (int a = 0; a < persister.getAttributeMappings().size(); a++) {
            AttributeMapping attribute = persister.getAttributeMappings().get(a);
            attribute.breakDownJdbcValues(attribute.getValue(entity), (index, value, selectable) -> {
                if (writable(selectable)) {
                    text.append(line, value, selectable);
                }
            }, session);
        }
        line.setLength(line.length() - 1);
        return line.append('\n').toString();
    }

    /** The columns in the order rows are written; fails on what COPY into one table cannot express. */
    private static List<SelectableMapping> columns(EntityPersister persister) {
        String entity = persister.getJpaEntityName();
        if (persister.isInherited() || persister.hasSubclasses()) {
            throw new BulkImportException("BulkImport cannot write entity " + entity + ": it is part of an "
                    + "inheritance hierarchy. Use FastInserts for it.", null);
        }
        if (persister.getTableNames().length > 1) {
            throw new BulkImportException("BulkImport cannot write entity " + entity + ": it maps more than one "
                    + "table (secondary tables). Use FastInserts for it.", null);
        }
        List<SelectableMapping> columns = new ArrayList<>();
        persister.getIdentifierMapping().forEachSelectable((index, selectable) -> columns.add(selectable));
        for (int a = 0; a < persister.getAttributeMappings().size(); a++) {
            AttributeMapping attribute = persister.getAttributeMappings().get(a);
            if (attribute instanceof PluralAttributeMapping) {
                throw new BulkImportException("BulkImport cannot write attribute " + entity + "."
                        + attribute.getAttributeName() + ": it is a collection, stored in another table. Import "
                        + "its rows separately, or use FastInserts.", null);
            }
            attribute.forEachSelectable((index, selectable) -> {
                if (writable(selectable)) {
                    CopyText.check(entity + "." + attribute.getAttributeName(), selectable);
                    columns.add(selectable);
                }
            });
        }
        return columns;
    }

    private static boolean writable(SelectableMapping selectable) {
        return selectable.isInsertable() && !selectable.isFormula();
    }

    /** The table, the row number and the constraint — never the row's values, which could be secrets. */
    private static BulkImportException refused(String table, SQLException failure) {
        String reason = failure.getMessage();
        String row = "";
        String constraint = "";
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            reason = server.getMessage();
            Matcher line = LINE.matcher(String.valueOf(server.getWhere()));
            row = line.find() ? " at row " + line.group(1) : "";
            constraint = server.getConstraint() == null ? "" : " (constraint " + server.getConstraint() + ")";
        }
        return new BulkImportException("Bulk import into table " + table + " failed" + row + constraint + ": "
                + reason + ". Nothing was imported; roll the transaction back.", failure);
    }
}
