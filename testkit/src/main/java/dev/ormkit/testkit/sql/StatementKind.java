package dev.ormkit.testkit.sql;

import java.util.Locale;

/** What a captured statement does, from its first keyword. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, OTHER;

    /** The kind of {@code sql}; a {@code with ...} query counts by its final verb's first keyword after the CTEs. */
    public static StatementKind of(String sql) {
        String head = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("with ")) {
            for (StatementKind kind : values()) {
                if (kind != OTHER && head.matches("(?s).*\\)\\s*" + kind.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                    return kind;
                }
            }
        }
        for (StatementKind kind : values()) {
            if (kind != OTHER && head.startsWith(kind.name().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return OTHER;
    }
}
