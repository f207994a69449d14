package dev.ormkit.testkit.schema.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** What the schema rules need from PostgreSQL's catalog, read in four queries. */
public record Catalog(List<Table> tables) {

    public record Column(String type, boolean nullable, @Nullable String comment) {}

    public record ForeignKey(String name, List<String> columns, char onDelete) {}

    public record Index(String name, List<String> columns, boolean unique, boolean primary, @Nullable String predicate) {}

    public record Table(String name, Map<String, Column> columnMap, List<String> primaryKey,
            List<ForeignKey> foreignKeys, List<Index> indexes) {

        public List<String> columns() {
            return List.copyOf(columnMap.keySet());
        }

        public @Nullable String type(String column) {
            Column found = columnMap.get(column);
            return found == null ? null : found.type();
        }

        public boolean nullable(String column) {
            Column found = columnMap.get(column);
            return found != null && found.nullable();
        }

        public @Nullable String comment(String column) {
            Column found = columnMap.get(column);
            return found == null ? null : found.comment();
        }

        public boolean leadsAnIndex(List<String> keyColumns) {
            return indexes.stream().anyMatch(index -> index.predicate() == null
                    && index.columns().size() >= keyColumns.size()
                    && index.columns().subList(0, keyColumns.size()).equals(keyColumns));
        }
    }

    private static final String COLUMNS = "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
            + "not a.attnotnull, col_description(c.oid, a.attnum) from pg_attribute a "
            + "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 "
            + "and not a.attisdropped order by c.relname, a.attnum";

    private static final String KEYS = "select c.relname, con.conname, con.contype, con.confdeltype, "
            + "array(select a.attname from unnest(con.conkey) with ordinality k(num, ord) "
            + "join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord) "
            + "from pg_constraint con join pg_class c on c.oid = con.conrelid "
            + "join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = current_schema() and con.contype in ('p', 'f') order by c.relname, con.conname";

    private static final String INDEXES = "select t.relname, i.relname, ix.indisunique, ix.indisprimary, "
            + "pg_get_expr(ix.indpred, ix.indrelid), "
            + "array(select coalesce(a.attname, '(expression)') from unnest(ix.indkey) with ordinality k(num, ord) "
            + "left join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.num order by k.ord) "
            + "from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_class i on i.oid = ix.indexrelid "
            + "join pg_namespace n on n.oid = t.relnamespace where n.nspname = current_schema() order by t.relname, i.relname";

    public static Catalog read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> columns = new TreeMap<>();
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        Map<String, List<Index>> indexes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
                        .put(rows.getString(2), new Column(rows.getString(3), rows.getBoolean(4), rows.getString(5)));
            }
        }
        try (PreparedStatement query = connection.prepareStatement(KEYS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<String> keyColumns = strings(rows.getArray(5));
                if (rows.getString(3).equals("p")) {
                    primaryKeys.put(rows.getString(1), keyColumns);
                } else {
                    foreignKeys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(new ForeignKey(rows.getString(2), keyColumns, rows.getString(4).charAt(0)));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(INDEXES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                indexes.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(new Index(rows.getString(2),
                        strings(rows.getArray(6)), rows.getBoolean(3), rows.getBoolean(4), rows.getString(5)));
            }
        }
        List<Table> tables = new ArrayList<>();
        columns.forEach((name, columnMap) -> tables.add(new Table(name, columnMap,
                primaryKeys.getOrDefault(name, List.of()), foreignKeys.getOrDefault(name, List.of()),
                indexes.getOrDefault(name, List.of()))));
        return new Catalog(tables);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
