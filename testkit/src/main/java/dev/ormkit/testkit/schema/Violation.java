package dev.ormkit.testkit.schema;

import org.jspecify.annotations.Nullable;

/**
 * A schema rule broken by a table (and, where it applies, a column).
 *
 * @param rule the rule
 * @param table the table, without schema
 * @param column the column, or {@code null} for a rule about the whole table
 * @param detail what was found
 */
public record Violation(SchemaRule rule, String table, @Nullable String column, String detail) {

    @Override
    public String toString() {
        return rule + " " + table + (column == null ? "" : "." + column) + ": " + detail + ". Fix: " + rule.fix();
    }
}
