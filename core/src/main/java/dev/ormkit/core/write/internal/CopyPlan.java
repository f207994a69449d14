package dev.ormkit.core.write.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.write.UnsupportedBulkImportException;
import dev.ormkit.core.write.UnwritableEntityException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** The setting that picks the COPY format; see {@code docs/fast-writes.md}. */
    public static final String FORMAT = OrmKitProperties.BULK_IMPORT_FORMAT;

    private static final int FLUSH_BYTES = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.core.write.BulkImport");
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
    /** Per column, in COPY order: its name as Hibernate writes it, the Java class of its JDBC values, its type code. */
    private final List<String> columnNames = new ArrayList<>();
    private final List<Class<?>> columnJavaTypes = new ArrayList<>();
    private final List<Integer> columnCodes = new ArrayList<>();
    private final @Nullable Object discriminatorValue;
    private final String columnList;
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
        List<String> columns = columnNames;
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
            this.discriminatorValue = ((EntityMappingType) persister).getDiscriminatorValue().value();
            this.discriminator = String.valueOf(discriminatorValue);
            columnJavaTypes.add(discriminatorValue == null ? Void.class : discriminatorValue.getClass());
            columnCodes.add(discriminatorMapping.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode());
        } else {
            this.discriminator = null;
            this.discriminatorValue = null;
        }
        this.columnList = String.join(", ", columns);
        this.sql = "COPY " + table + " (" + columnList + ") FROM STDIN";
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
        columnJavaTypes.add(jdbcJava);
        columnCodes.add(code);
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
            StringBuilder reason = new StringBuilder();
            CopyBinary.Kind @Nullable [] kinds = binaryKinds(connection, format(factory), reason);
            if (LOG.isDebugEnabled()) {
                LOG.debug("BulkImport into {}: {} COPY{}", table, kinds == null ? "text" : "binary", reason);
            }
            RowSink row = kinds == null ? new TextRow(session) : new BinaryRow(session, kinds);
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(row.sql());
            try {
                row.begin();
                while (entities.hasNext()) {
                    Object entity = entities.next();
                    row.position++;
                    writeRow(session, row, entity, row.position);
                    if (row.pending() >= FLUSH_BYTES) {
                        row.send(in);
                    }
                    callbacks.postCreate(entity);
                }
                row.end();
                row.send(in);
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

    /**
     * Which format {@link #copy} would use on this session's connection now: {@code "binary"}, or {@code "text"}
     * followed by the reason. For tests and for the debug log.
     */
    public String formatFor(SessionImplementor session) {
        return session.doReturningWork(connection -> {
            StringBuilder reason = new StringBuilder();
            return binaryKinds(connection, format(factory), reason) != null ? "binary" : "text" + reason;
        });
    }

    /** The setting {@value #FORMAT}: {@code auto} (the default), {@code binary} or {@code text}. */
    private static String format(SessionFactoryImplementor factory) {
        Object value = factory.getProperties().get(FORMAT);
        String format = value == null ? "auto" : value.toString().trim().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("auto") && !format.equals("binary") && !format.equals("text")) {
            throw new OrmKitConfigurationException("The setting " + FORMAT + " is '" + value + "'; use auto (binary"
                    + " COPY where every column allows it, else text), binary or text.");
        }
        return format;
    }

    /**
     * The binary encoding of every column, from the table's actual column types in the catalog (one query per
     * import, so a schema changed since the last import is seen), or {@code null} for the text format: when
     * asked for, or when any column's pair of catalog type and Java class is not one binary writes exactly.
     */
    private CopyBinary.Kind @Nullable [] binaryKinds(Connection connection, String format, StringBuilder reason)
            throws SQLException {
        if (format.equals("text")) {
            reason.append(" (").append(FORMAT).append("=text)");
            return null;
        }
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement catalog = connection.prepareStatement("select a.attname, t.typname from pg_attribute a"
                + " join pg_type t on t.oid = a.atttypid where a.attrelid = to_regclass(?) and a.attnum > 0"
                + " and not a.attisdropped")) {
            catalog.setString(1, table);
            try (ResultSet rows = catalog.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        CopyBinary.Kind[] kinds = new CopyBinary.Kind[columnNames.size()];
        for (int i = 0; i < kinds.length; i++) {
            int code = columnCodes.get(i);
            Class<?> javaType = columnJavaTypes.get(i);
            String pgType = types.get(catalogName(columnNames.get(i)));
            kinds[i] = CopyBinary.kind(pgType, javaType, code == SqlTypes.JSON || code == SqlTypes.JSON_ARRAY,
                    javaType.isEnum() && NUMBER_CODES.contains(code));
            if (kinds[i] == null) {
                String column = "column " + columnNames.get(i) + " (" + pgType + ", Java " + javaType.getName() + ")";
                if (format.equals("binary")) {
                    throw unsupported(column + " has no exact binary COPY encoding; set " + FORMAT + " to auto or text");
                }
                reason.append(" (").append(column).append(" has no exact binary encoding)");
                return null;
            }
        }
        return kinds;
    }

    /** A column name as the catalog stores it: quoted names as written, unquoted ones folded to lower case. */
    private static String catalogName(String name) {
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private void writeRow(SessionImplementor session, RowSink row, @Nullable Object entity, long position) {
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
        row.startRow();
        row.attribute = "id";
        persister.getIdentifierMapping().breakDownJdbcValues(id, row, session);
        for (AttributeMapping attribute : attributes) {
            row.attribute = attribute.getAttributeName();
            attribute.breakDownJdbcValues(state[attribute.getStateArrayPosition()], row, session);
        }
        if (discriminator != null) {
            row.attribute = "(discriminator)";
            row.discriminator();
        }
        row.endRow();
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

    /** Appends one row's JDBC values in column order, in one of COPY's two formats. */
    private abstract class RowSink implements ModelPart.JdbcValueConsumer {

        final SessionImplementor session;
        String attribute = "id";
        long position;
        int column;

        RowSink(SessionImplementor session) {
            this.session = session;
        }

        abstract String sql();

        void begin() {}

        void startRow() {
            column = 0;
        }

        abstract void nullValue();

        abstract void value(Object value, int code, SelectableMapping mapping);

        abstract void discriminator();

        abstract void endRow();

        void end() {}

        abstract int pending();

        abstract void send(CopyIn in) throws SQLException;

        @Override
        public void consume(int index, @Nullable Object value, SelectableMapping mapping) {
            if (mapping.isFormula() || !mapping.isInsertable()) {
                return;
            }
            if (value == null) {
                nullValue();
            } else {
                int code = mapping.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
                value(code == SqlTypes.JSON || code == SqlTypes.JSON_ARRAY ? toJson(value, mapping) : value, code,
                        mapping);
            }
            column++;
        }

        UnsupportedBulkImportException unsupportedValue(Object value, SelectableMapping mapping) {
            return unsupportedAttribute(attribute, "column " + mapping.getSelectionExpression() + " got a "
                    + value.getClass().getName() + " value, which the COPY writer does not support");
        }

        @SuppressWarnings("unchecked")
        private String toJson(Object value, SelectableMapping mapping) {
            var javaType = (org.hibernate.type.descriptor.java.JavaType<Object>)
                    mapping.getJdbcMapping().getJavaTypeDescriptor();
            // Looked up per value, not in the plan: Hibernate finds a JSON library only when one is needed.
            FormatMapper json = factory.getSessionFactoryOptions().getJsonFormatMapper();
            return json.toString(value, javaType, session);
        }
    }

    /** PostgreSQL's text format, see {@link CopyText}. */
    private final class TextRow extends RowSink {

        final StringBuilder out = new StringBuilder(FLUSH_BYTES + 4096);

        TextRow(SessionImplementor session) {
            super(session);
        }

        @Override
        String sql() {
            return sql;
        }

        private void separator() {
            if (column > 0) {
                out.append('\t');
            }
        }

        @Override
        void nullValue() {
            separator();
            out.append("\\N");
        }

        @Override
        void value(Object value, int code, SelectableMapping mapping) {
            separator();
            if (value instanceof Enum<?> e && NUMBER_CODES.contains(code)) {
                out.append(e.ordinal());
            } else if (!CopyText.append(out, value)) {
                throw unsupportedValue(value, mapping);
            }
        }

        @Override
        void discriminator() {
            separator();
            CopyText.escape(out, discriminator);
        }

        @Override
        void endRow() {
            out.append('\n');
        }

        @Override
        int pending() {
            return out.length();
        }

        @Override
        void send(CopyIn in) throws SQLException {
            if (out.length() > 0) {
                byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                out.setLength(0);
            }
        }
    }

    /** PostgreSQL's binary format, see {@link CopyBinary}; each column's encoding chosen from the catalog. */
    private final class BinaryRow extends RowSink {

        final CopyBinary.Bytes out = new CopyBinary.Bytes(FLUSH_BYTES + 4096);
        final CopyBinary.Kind[] kinds;

        BinaryRow(SessionImplementor session, CopyBinary.Kind[] kinds) {
            super(session);
            this.kinds = kinds;
        }

        @Override
        String sql() {
            return "COPY " + table + " (" + columnList + ") FROM STDIN (FORMAT binary)";
        }

        @Override
        void begin() {
            out.put(CopyBinary.HEADER);
        }

        @Override
        void startRow() {
            super.startRow();
            out.putShort((short) kinds.length);
        }

        @Override
        void nullValue() {
            out.putInt(-1);
        }

        @Override
        void value(Object value, int code, SelectableMapping mapping) {
            append(value, mapping.getSelectionExpression(), () -> unsupportedValue(value, mapping));
        }

        private void append(Object value, String columnName, java.util.function.Supplier<RuntimeException> unsupported) {
            boolean written;
            try {
                written = CopyBinary.append(out, kinds[column], value);
            } catch (IllegalArgumentException e) {
                throw new UnwritableEntityException("BulkImport: element " + position + " ("
                        + persister.getEntityName() + "." + attribute + ", column " + columnName + ") holds "
                        + e.getMessage() + "; nothing was imported.");
            }
            if (!written) {
                throw unsupported.get();
            }
        }

        @Override
        void discriminator() {
            append(discriminatorValue, columnNames.get(column), () -> unsupported("its discriminator value is a "
                    + discriminatorValue.getClass().getName()));
            column++;
        }

        @Override
        void endRow() {}

        @Override
        void end() {
            out.putShort((short) -1);
        }

        @Override
        int pending() {
            return out.length;
        }

        @Override
        void send(CopyIn in) throws SQLException {
            if (out.length > 0) {
                in.writeToCopy(out.buffer, 0, out.length);
                out.length = 0;
            }
        }
    }
}
