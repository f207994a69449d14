package dev.ormkit.testkit.schema;

import dev.ormkit.testkit.schema.internal.Catalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Checks a live PostgreSQL schema (the connection's current schema) against ormkit's database rules and
 * reports every violation with table, column and rule.
 *
 * <pre>{@code
 * SchemaRules.defaults()
 *         .ignore("customer_tag", SchemaRule.UUID_PRIMARY_KEY, "join table: its key is the pair of ids")
 *         .ignore("customer_tag", SchemaRule.TIMESTAMPS, "join table")
 *         .assertValid(dataSource);
 * }</pre>
 *
 * <p>Immutable: {@link #ignore} returns a new instance. By default Flyway's history tables are ignored, and
 * ormkit's own {@code ormkit_change_log} is exempt from {@link SchemaRule#TIMESTAMPS} (it has
 * {@code changed_at}) and {@link SchemaRule#FOREIGN_KEY} (its {@code entity_id} points into many tables).
 */
public final class SchemaRules {

    private static final Pattern SECRET = Pattern.compile(
            "(^|_)(password|passwd|pwd|secret|token|api_?key|private_?key|access_?key|client_?secret)(_|$)");
    private static final Pattern HASHED = Pattern.compile("_(hash|hashed|digest|encrypted|enc)$");
    /** The tenant column of Hibernate's {@code @TenantId}, as ormkit's docs and tests name it. */
    private static final String TENANT = "tenant_id";
    private static final Pattern TIMESTAMPTZ = Pattern.compile("timestamp(?:\\((\\d)\\))? with time zone");

    private final Map<String, Map<SchemaRule, String>> ignored;

    private SchemaRules(Map<String, Map<SchemaRule, String>> ignored) {
        this.ignored = ignored;
    }

    /** Every rule on every table, but for Flyway's history tables and ormkit's change log timestamps. */
    public static SchemaRules defaults() {
        return new SchemaRules(Map.of())
                .ignoreTable("flyway_schema_history", "Flyway's own bookkeeping")
                .ignoreTable("ormkit_schema_history", "Flyway's own bookkeeping (ormkit's scripts)")
                .ignore("ormkit_change_log", SchemaRule.TIMESTAMPS, "append-only log; changed_at is its timestamp")
                .ignore("ormkit_change_log", SchemaRule.FOREIGN_KEY,
                        "entity_id refers to rows of many tables, and outlives purged rows");
    }

    /** The same rules, with {@code rule} not applied to {@code table}; the reason is required and documented. */
    public SchemaRules ignore(String table, SchemaRule rule, String reason) {
        Objects.requireNonNull(rule, "rule must not be null");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason for not applying " + rule + " to " + table
                    + ": it documents the exception for the next reader.");
        }
        Map<String, Map<SchemaRule, String>> copy = new LinkedHashMap<>();
        ignored.forEach((name, rules) -> copy.put(name, new LinkedHashMap<>(rules)));
        copy.computeIfAbsent(table, name -> new LinkedHashMap<>()).put(rule, reason);
        return new SchemaRules(copy);
    }

    /** The same rules, with none applied to {@code table}. */
    public SchemaRules ignoreTable(String table, String reason) {
        SchemaRules rules = this;
        for (SchemaRule rule : SchemaRule.values()) {
            rules = rules.ignore(table, rule, reason);
        }
        return rules;
    }

    /** Every violation in the schema, in table order. */
    public List<Violation> check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return check(Catalog.read(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the schema failed: " + e.getMessage(), e);
        }
    }

    /** Fails with one message listing every violation. */
    public void assertValid(DataSource dataSource) {
        List<Violation> violations = check(dataSource);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(violations.size() + " schema rule violation(s):");
            violations.forEach(v -> message.append("\n  - ").append(v));
            message.append("\nA rule that does not apply to a table can be ignored with a reason: "
                    + "SchemaRules.defaults().ignore(table, rule, reason).");
            throw new AssertionError(message.toString());
        }
    }

    private List<Violation> check(Catalog catalog) {
        List<Violation> found = new ArrayList<>();
        for (Catalog.Table table : catalog.tables()) {
            Set<SchemaRule> skip = EnumSet.noneOf(SchemaRule.class);
            skip.addAll(ignored.getOrDefault(table.name(), Map.of()).keySet());
            List<Violation> violations = new ArrayList<>();
            primaryKey(table, violations);
            timestamps(table, violations);
            deletedAt(table, violations);
            foreignKeys(table, violations);
            partialUnique(table, violations);
            tenantIndexes(table, violations);
            secrets(table, violations);
            violations.stream().filter(v -> !skip.contains(v.rule())).forEach(found::add);
        }
        return found;
    }

    private static void primaryKey(Catalog.Table table, List<Violation> out) {
        List<String> key = table.primaryKey();
        if (key.isEmpty()) {
            out.add(new Violation(SchemaRule.UUID_PRIMARY_KEY, table.name(), null, "no primary key"));
        } else if (key.size() > 1) {
            out.add(new Violation(SchemaRule.UUID_PRIMARY_KEY, table.name(), null, "composite primary key " + key));
        } else if (!"uuid".equals(table.type(key.get(0)))) {
            out.add(new Violation(SchemaRule.UUID_PRIMARY_KEY, table.name(), key.get(0),
                    "primary key is " + table.type(key.get(0)) + ", not uuid"));
        }
    }

    private static void timestamps(Catalog.Table table, List<Violation> out) {
        for (String column : List.of("created_at", "updated_at")) {
            String type = table.type(column);
            if (type == null) {
                out.add(new Violation(SchemaRule.TIMESTAMPS, table.name(), column, "missing"));
            } else {
                timestamptz(table, column, type, SchemaRule.TIMESTAMPS, out);
            }
        }
    }

    /**
     * {@code timestamptz} is {@code timestamp with time zone}, with or without a precision; Hibernate writes
     * {@code timestamp(6) with time zone}, which is PostgreSQL's default precision. Below 6 PostgreSQL rounds the
     * microseconds ormkit writes, so the entity in memory and the row differ.
     */
    private static void timestamptz(Catalog.Table table, String column, String type, SchemaRule rule,
            List<Violation> out) {
        Matcher matcher = TIMESTAMPTZ.matcher(type);
        if (!matcher.matches()) {
            out.add(new Violation(rule, table.name(), column, "is " + type + ", not timestamptz"));
        } else if (matcher.group(1) != null && Integer.parseInt(matcher.group(1)) < 6) {
            out.add(new Violation(rule, table.name(), column, "is " + type + ": fewer than the 6 fractional digits "
                    + "ormkit writes, so PostgreSQL rounds the value and a reload differs from the saved one"));
        }
    }

    private static void deletedAt(Catalog.Table table, List<Violation> out) {
        String type = table.type("deleted_at");
        if (type == null) {
            return;
        }
        timestamptz(table, "deleted_at", type, SchemaRule.DELETED_AT, out);
        if (!table.nullable("deleted_at")) {
            out.add(new Violation(SchemaRule.DELETED_AT, table.name(), "deleted_at", "is NOT NULL"));
        }
    }

    private static void foreignKeys(Catalog.Table table, List<Violation> out) {
        for (Catalog.ForeignKey key : table.foreignKeys()) {
            if (key.onDelete() == 'a') {
                out.add(new Violation(SchemaRule.ON_DELETE, table.name(), String.join(", ", key.columns()),
                        "foreign key " + key.name() + " has no ON DELETE action (NO ACTION, the silent default)"));
            }
            if (!table.leadsAnIndex(key.columns()) && !(tenantScoped(table) && table.leadsAnIndex(withTenant(key)))) {
                out.add(new Violation(SchemaRule.FOREIGN_KEY_INDEXED, table.name(), String.join(", ", key.columns()),
                        "foreign key " + key.name() + " is not the leading column(s) of any index"));
            }
        }
        for (String column : table.columns()) {
            if (column.endsWith("_id") && !column.equals(TENANT) && table.foreignKeys().stream().noneMatch(k -> k.columns().contains(column))) {
                out.add(new Violation(SchemaRule.FOREIGN_KEY, table.name(), column,
                        "looks like a reference but no foreign key constraint covers it"));
            }
        }
    }

    private static void partialUnique(Catalog.Table table, List<Violation> out) {
        if (table.type("deleted_at") == null) {
            return;
        }
        for (Catalog.Index index : table.indexes()) {
            if (index.unique() && !index.primary() && (index.predicate() == null
                    || !index.predicate().replaceAll("[()\\s]+", " ").contains("deleted_at IS NULL"))) {
                out.add(new Violation(SchemaRule.PARTIAL_UNIQUE, table.name(), String.join(", ", index.columns()),
                        "unique index " + index.name() + " also applies to deleted rows"));
            }
        }
    }

    private static boolean tenantScoped(Catalog.Table table) {
        return table.type(TENANT) != null;
    }

    private static List<String> withTenant(Catalog.ForeignKey key) {
        List<String> columns = new ArrayList<>();
        columns.add(TENANT);
        columns.addAll(key.columns());
        return columns;
    }

    /**
     * On a tenant's table every query Hibernate writes for a {@code @TenantId} entity filters by {@code tenant_id = ?};
     * an index that leads with it serves those queries, and a unique index that lacks it is unique across tenants.
     * A foreign key that includes {@code tenant_id} is led by it already and is not reported.
     */
    private static void tenantIndexes(Catalog.Table table, List<Violation> out) {
        if (!tenantScoped(table)) {
            return;
        }
        for (Catalog.Index index : table.indexes()) {
            if (index.primary() || index.columns().isEmpty() || index.columns().get(0).equals(TENANT)) {
                continue;
            }
            String columns = String.join(", ", index.columns());
            if (index.unique()) {
                out.add(new Violation(SchemaRule.TENANT_INDEX, table.name(), columns, "unique index " + index.name()
                        + " does not lead with tenant_id: its values are unique across all tenants, so one tenant's "
                        + "row blocks the same value in another's"));
            } else if (table.foreignKeys().stream().anyMatch(key -> leads(index, key.columns()))) {
                out.add(new Violation(SchemaRule.TENANT_INDEX, table.name(), columns, "foreign-key index "
                        + index.name() + " does not lead with tenant_id, which every query of a @TenantId entity "
                        + "filters by"));
            }
        }
    }

    private static boolean leads(Catalog.Index index, List<String> columns) {
        return index.columns().size() >= columns.size() && index.columns().subList(0, columns.size()).equals(columns);
    }

    private static void secrets(Catalog.Table table, List<Violation> out) {
        for (String column : table.columns()) {
            String type = table.type(column);
            boolean text = type != null && (type.equals("text") || type.startsWith("character") || type.equals("bytea"));
            String comment = table.comment(column);
            boolean marked = HASHED.matcher(column).find()
                    || (comment != null && comment.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(hashed|encrypted)\\b.*"));
            if (text && !marked && SECRET.matcher(column).find()) {
                out.add(new Violation(SchemaRule.PLAINTEXT_SECRET, table.name(), column,
                        "name suggests a secret stored as " + type));
            }
        }
    }
}
