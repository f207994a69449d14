package dev.ormkit.core.write.internal;

import dev.ormkit.core.write.UnsupportedBulkImportException;
import dev.ormkit.core.write.UnwritableEntityException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.format.FormatMapper;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * How one entity class is written by {@code COPY ... FROM STDIN}: the columns in order, read from Hibernate's
 * mapping model, and checked once so that an unsupported mapping fails before any row is sent.
 */
public final class CopyPlan {

    /** Creates the exception a database failure is reported with. */
    @FunctionalInterface
    public interface Failure {
        RuntimeException create(String message, String table, @Nullable String sqlState, long row);
    }

    private static final int FLUSH_CHARS = 1 << 16;
    private static final Set<Integer> TEXT_CODES = Set.of(SqlTypes.CHAR, SqlTypes.VARCHAR, SqlTypes.LONGVARCHAR,
            SqlTypes.LONG32VARCHAR, SqlTypes.NCHAR, SqlTypes.NVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32NVARCHAR,
            SqlTypes.ENUM, SqlTypes.NAMED_ENUM);
    private static final Set<Integer> NUMBER_CODES = Set.of(SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.INTEGER,
            SqlTypes.BIGINT, SqlTypes.REAL, SqlTypes.FLOAT, SqlTypes.DOUBLE, SqlTypes.NUMERIC, SqlTypes.DECIMAL);
    private static final Set<Integer> OTHER_CODES = Set.of(SqlTypes.BOOLEAN, SqlTypes.BIT, SqlTypes.UUID,
            SqlTypes.DATE, SqlTypes.TIME, SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIMESTAMP, SqlTypes.TIMESTAMP_UTC,
            SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY,
            SqlTypes.LONG32VARBINARY, SqlTypes.JSON, SqlTypes.JSON_ARRAY);

    private final Class<?> type;
    private final EntityPersister persister;
    private final String table;
    private final String sql;
    private final List<AttributeMapping> attributes;
    private final int versionPosition;
    private final @Nullable String discriminator;
    private final CallbackRegistry callbacks;
    private final EventListenerGroup<PreInsertEventListener> preInsert;
    private final SessionFactoryImplementor factory;

    private CopyPlan(SessionFactoryImplementor factory, Class<?> type, EntityPersister persister) {
        this.type = type;
        this.persister = persister;
        this.table = persister.getMappedTableDetails().getTableName();
        this.attributes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        persister.getIdentifierMapping().forEachSelectable((i, column) -> addColumn(columns, "id", column));
        persister.forEachAttributeMapping(attribute -> {
            if (attribute.isPluralAttributeMapping()) {
                return;
            }
            check(attribute);
            int before = columns.size();
            attribute.forEachSelectable((i, column) -> addColumn(columns, attribute.getAttributeName(), column));
            if (columns.size() > before) {
                attributes.add(attribute);
            }
        });
        this.versionPosition = persister.isVersioned()
                ? persister.getVersionMapping().getVersionAttribute().getStateArrayPosition() : -1;
        EntityDiscriminatorMapping discriminatorMapping = persister.getDiscriminatorMapping();
        if (discriminatorMapping != null && (persister.getSuperMappingType() != null || persister.hasSubclasses())) {
            if (discriminatorMapping.isFormula()) {
                throw unsupported("its discriminator is a formula");
            }
            columns.add(discriminatorMapping.getSelectionExpression());
            this.discriminator = String.valueOf(((EntityMappingType) persister).getDiscriminatorValue().value());
        } else {
            this.discriminator = null;
        }
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.callbacks = factory.getEventEngine().getCallbackRegistry();
        this.preInsert = factory.getEventEngine().getListenerRegistry().getEventListenerGroup(EventType.PRE_INSERT);
        this.factory = factory;
        preInsert.fireEventOnEachListener(persister, (listener, checked) -> {
            if (listener instanceof BulkImportCheck check) {
                check.checkBulkImport(checked);
            }
        });
    }

    /** The plan for {@code type}, or an {@link UnsupportedBulkImportException} naming what cannot be imported. */
    public static CopyPlan of(SessionFactoryImplementor factory, Class<?> type) {
        EntityPersister persister;
        try {
            persister = factory.getMappingMetamodel().getEntityDescriptor(type);
        } catch (RuntimeException e) {
            throw new UnsupportedBulkImportException("BulkImport: " + type.getName() + " is not a mapped entity of this session"
                    + " factory; add it to the entity classes.", e);
        }
        if (persister.getMappedClass() != type || persister.isAbstract()) {
            throw new UnsupportedBulkImportException("BulkImport: " + type.getName() + " is abstract; import each concrete entity"
                    + " class separately.");
        }
        if (!(persister instanceof SingleTableEntityPersister single) || single.getTableSpan() != 1) {
            throw new UnsupportedBulkImportException("BulkImport cannot import " + persister.getEntityName() + ": it is mapped to"
                    + " more than one table (JOINED or TABLE_PER_CLASS inheritance, or a secondary table), which one"
                    + " COPY cannot fill. Use BatchInsert.saveAll instead.");
        }
        if (persister.getGenerator() != null && persister.getGenerator().generatedOnExecution()) {
            throw new UnsupportedBulkImportException("BulkImport cannot import " + persister.getEntityName() + ": its id is"
                    + " generated by the database. Assign ids in Java (extend dev.ormkit.core.BaseEntity).");
        }
        return new CopyPlan(factory, type, persister);
    }

    private void check(AttributeMapping attribute) {
        boolean version = persister.isVersioned()
                && attribute == persister.getVersionMapping().getVersionAttribute();
        if (version) {
            Class<?> javaType = attribute.getJavaType().getJavaTypeClass();
            if (javaType != Long.class && javaType != Integer.class && javaType != Short.class
                    && javaType != long.class && javaType != int.class && javaType != short.class) {
                throw unsupportedAttribute(attribute.getAttributeName(), "it is a " + javaType.getSimpleName()
                        + " version; only numeric versions are supported");
            }
        } else if (attribute.getGenerator() != null && attribute.getGenerator().generatesOnInsert()) {
            throw unsupportedAttribute(attribute.getAttributeName(), "its value is generated on insert ("
                    + attribute.getGenerator().getClass().getSimpleName() + ")");
        }
        if (attribute instanceof EmbeddableValuedModelPart embedded
                && embedded.getEmbeddableTypeDescriptor().getAggregateMapping() != null) {
            throw unsupportedAttribute(attribute.getAttributeName(), "it is an embeddable stored as one aggregate"
                    + " (JSON/struct) column");
        }
    }

    private void addColumn(List<String> columns, String attribute, SelectableMapping column) {
        if (column.isFormula()) {
            return;
        }
        if (!column.isInsertable()) {
            return;
        }
        if (column.getCustomWriteExpression() != null && !column.getCustomWriteExpression().equals("?")) {
            throw unsupportedAttribute(attribute, "column " + column.getSelectionExpression()
                    + " has a write transformer (@ColumnTransformer)");
        }
        int code = column.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
        Class<?> jdbcJava = column.getJdbcMapping().getJdbcJavaType().getJavaTypeClass();
        boolean json = code == SqlTypes.JSON || code == SqlTypes.JSON_ARRAY;
        boolean known = TEXT_CODES.contains(code) || NUMBER_CODES.contains(code) || OTHER_CODES.contains(code);
        if (!known || (!json && !CopyText.writable(jdbcJava))) {
            throw unsupportedAttribute(attribute, "column " + column.getSelectionExpression() + " has JDBC type code "
                    + code + " with Java type " + jdbcJava.getName() + ", which the COPY writer does not support");
        }
        columns.add(column.getSelectionExpression());
    }

    private UnsupportedBulkImportException unsupported(String why) {
        return new UnsupportedBulkImportException("BulkImport cannot import " + persister.getEntityName() + ": " + why
                + ". Use BatchInsert.saveAll for this entity.");
    }

    private UnsupportedBulkImportException unsupportedAttribute(String attribute, String why) {
        return new UnsupportedBulkImportException("BulkImport cannot import " + persister.getEntityName() + "." + attribute + ": "
                + why + ". Use BatchInsert.saveAll for this entity, or map the attribute differently.");
    }

    /** Streams every entity through one COPY in the session's transaction; returns the row count. */
    public long copy(SessionImplementor session, Iterator<?> entities, Failure failure) {
        return session.doReturningWork(connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                RowWriter row = new RowWriter(session);
                long position = 0;
                while (entities.hasNext()) {
                    Object entity = entities.next();
                    position++;
                    writeRow(session, row, entity, position);
                    if (row.out.length() >= FLUSH_CHARS) {
                        send(in, row.out);
                    }
                    callbacks.postCreate(entity);
                }
                send(in, row.out);
                return in.endCopy();
            } catch (SQLException e) {
                throw CopyFailures.translate(e, table, failure);
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    private void writeRow(SessionImplementor session, RowWriter row, @Nullable Object entity, long position) {
        if (entity == null || entity.getClass() != type) {
            throw new UnwritableEntityException("BulkImport: element " + position + " is "
                    + (entity == null ? "null" : "a " + entity.getClass().getName()) + ", not a " + type.getName()
                    + "; one import takes entities of exactly one class.");
        }
        callbacks.preCreate(entity);
        Object id = persister.getIdentifier(entity, session);
        if (id == null) {
            throw new UnwritableEntityException("BulkImport: element " + position + " (" + persister.getEntityName()
                    + ") has no id; ids must be assigned in Java.");
        }
        Object[] state = persister.getValues(entity);
        if (versionPosition >= 0) {
            if (state[versionPosition] != null) {
                throw new UnwritableEntityException("BulkImport: element " + position + " (" + persister.getEntityName()
                        + ") is not new (its version is set); import new entities only, or use BatchInsert.saveAll.");
            }
            Object seed = seed(persister.getVersionMapping().getJavaType().getJavaTypeClass());
            state[versionPosition] = seed;
            persister.setValue(entity, versionPosition, seed);
        }
        PreInsertEvent event = new PreInsertEvent(entity, id, state, persister, session);
        preInsert.fireEventOnEachListener(event, (listener, e) -> {
            if (listener.onPreInsert(e)) {
                throw new UnwritableEntityException("BulkImport: a PRE_INSERT listener (" + listener.getClass().getName()
                        + ") vetoed element " + position + " of " + persister.getEntityName()
                        + "; COPY cannot skip single rows.");
            }
        });
        row.first = true;
        persister.getIdentifierMapping().breakDownJdbcValues(id, row, session);
        for (AttributeMapping attribute : attributes) {
            row.attribute = attribute.getAttributeName();
            attribute.breakDownJdbcValues(state[attribute.getStateArrayPosition()], row, session);
        }
        if (discriminator != null) {
            row.separator();
            CopyText.escape(row.out, discriminator);
        }
        row.out.append('\n');
    }

    private static Object seed(Class<?> versionType) {
        if (versionType == Integer.class || versionType == int.class) {
            return 0;
        }
        if (versionType == Short.class || versionType == short.class) {
            return (short) 0;
        }
        return 0L;
    }

    private static void send(CopyIn in, StringBuilder out) throws SQLException {
        if (out.length() > 0) {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }
    }

    /** Appends one row's JDBC values in column order. */
    private final class RowWriter implements ModelPart.JdbcValueConsumer {

        final StringBuilder out = new StringBuilder(FLUSH_CHARS + 4096);
        final SessionImplementor session;
        boolean first;
        String attribute = "id";

        RowWriter(SessionImplementor session) {
            this.session = session;
        }

        void separator() {
            if (!first) {
                out.append('\t');
            }
            first = false;
        }

        @Override
        public void consume(int index, @Nullable Object value, SelectableMapping column) {
            if (column.isFormula() || !column.isInsertable()) {
                return;
            }
            separator();
            if (value == null) {
                out.append("\\N");
                return;
            }
            int code = column.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
            if (code == SqlTypes.JSON || code == SqlTypes.JSON_ARRAY) {
                CopyText.escape(out, toJson(value, column));
            } else if (value instanceof Enum<?> e && NUMBER_CODES.contains(code)) {
                out.append(e.ordinal());
            } else if (!CopyText.append(out, value)) {
                throw unsupportedAttribute(attribute, "column " + column.getSelectionExpression() + " got a "
                        + value.getClass().getName() + " value, which the COPY writer does not support");
            }
        }

        @SuppressWarnings("unchecked")
        private String toJson(Object value, SelectableMapping column) {
            var javaType = (org.hibernate.type.descriptor.java.JavaType<Object>)
                    column.getJdbcMapping().getJavaTypeDescriptor();
            // Looked up per value, not in the plan: Hibernate finds a JSON library only when one is needed.
            FormatMapper json = factory.getSessionFactoryOptions().getJsonFormatMapper();
            return json.toString(value, javaType, session);
        }
    }
}
