package dev.ormkit.core.write.internal;

import dev.ormkit.core.write.BulkImportException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.jspecify.annotations.Nullable;

/** PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private static final Set<Class<?>> PLAIN = Set.of(String.class, Character.class, Integer.class, Long.class,
            Short.class, Byte.class, BigDecimal.class, BigInteger.class, Double.class, Float.class, Boolean.class,
            UUID.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDate.class,
            LocalDateTime.class, LocalTime.class, OffsetTime.class, byte[].class, java.sql.Timestamp.class,
            java.sql.Date.class, java.sql.Time.class);

    private final Supplier<@Nullable FormatMapper> jsonMapper;
    private final WrapperOptions options;

    /** The JSON mapper is asked for only when a JSON column is written: without Jackson, asking throws. */
    CopyText(Supplier<@Nullable FormatMapper> jsonMapper, WrapperOptions options) {
        this.jsonMapper = jsonMapper;
        this.options = options;
    }

    /** Fails before any row is sent for a column whose values this writer cannot render. */
    static void check(String attribute, SelectableMapping selectable) {
        Class<?> type = selectable.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass();
        if (isJson(selectable) || type.isEnum() || PLAIN.contains(type)) {
            return;
        }
        throw new BulkImportException("BulkImport cannot write attribute " + attribute + " (column "
                + selectable.getSelectionExpression() + ", Java type " + type.getName() + "): no COPY text rendering "
                + "is known for it. Map it with an AttributeConverter to a basic type, or use FastInserts.", null);
    }

    @SuppressWarnings("unchecked")
    void append(StringBuilder line, @Nullable Object value, SelectableMapping selectable) {
        if (value == null) {
            line.append("\\N\t");
            return;
        }
        String text;
        if (isJson(selectable)) {
            FormatMapper json = jsonMapper.get();
            if (json == null) {
                throw new BulkImportException("No JSON format mapper is configured (add Jackson or set "
                        + "hibernate.type.json_format_mapper) to write column " + selectable.getSelectionExpression(), null);
            }
            text = json.toString(value, (JavaType<Object>) selectable.getJdbcMapping().getJavaTypeDescriptor(), options);
        } else if (value instanceof Enum<?> constant) {
            int code = selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
            boolean ordinal = code == SqlTypes.TINYINT || code == SqlTypes.SMALLINT || code == SqlTypes.INTEGER;
            text = ordinal ? Integer.toString(constant.ordinal()) : constant.name();
        } else if (value instanceof Boolean flag) {
            text = flag ? "t" : "f";
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof byte[] bytes) {
            text = "\\x" + HexFormat.of().formatHex(bytes);
        } else if (value instanceof Instant instant) {
            text = instant.atOffset(ZoneOffset.UTC).toString();
        } else {
            text = value.toString();
        }
        escape(line, text);
        line.append('\t');
    }

    private static boolean isJson(SelectableMapping selectable) {
        int code = selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
        return code == SqlTypes.JSON || code == SqlTypes.JSON_ARRAY;
    }

    private static void escape(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
