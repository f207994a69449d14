package dev.ormkit.core.observe.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises SQL into a shape (literals and parameters become {@code ?}, IN lists fold, case and spacing are
 * evened out, so a shape carries no value), and guesses the association an N+1 shape loads. Shared by the
 * runtime N+1 detector and the testkit's {@code SqlLog}.
 */
public final class Shapes {

    private static final Pattern NUMBER = Pattern.compile("(?<![a-z_0-9.])-?\\d+(?:\\.\\d+)?(?![a-z_0-9])");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FROM_WHERE = Pattern.compile("from ([a-z_0-9.\"]+)(?: as)? ([a-z_0-9]+)\\b.*? where (.*)");

    private Shapes() {}

    /**
     * The shape of {@code sql}. String literals and parameter lists are folded by a linear scan, not a regular
     * expression: Java's regex engine recurses once per repetition, and a 10,000-parameter IN list (a fetch plan's
     * chunk, a batched purge) overflowed the stack.
     */
    public static String of(String sql) {
        String shape = strings(sql.toLowerCase(Locale.ROOT));
        shape = NUMBER.matcher(shape).replaceAll("?");
        return lists(SPACE.matcher(shape).replaceAll(" ").trim());
    }

    /** Each {@code '...'} literal (with {@code ''} escapes) becomes {@code ?}. */
    private static String strings(String sql) {
        if (sql.indexOf('\'') < 0) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c != '\'') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            while (i < sql.length()) {
                if (sql.charAt(i) == '\'') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            out.append('?');
        }
        return out.toString();
    }

    /** Each {@code (?, ?, ...)} of two or more parameters (spaces already single) becomes {@code (?)}. */
    private static String lists(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            int end = sql.charAt(i) == '(' ? listEnd(sql, i) : -1;
            if (end > 0) {
                out.append("(?)");
                i = end;
            } else {
                out.append(sql.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The index after the {@code )} of a list of at least two {@code ?} starting at {@code open}, or -1. */
    private static int listEnd(String sql, int open) {
        int i = skipSpace(sql, open + 1);
        int parameters = 0;
        while (i < sql.length() && sql.charAt(i) == '?') {
            parameters++;
            i = skipSpace(sql, i + 1);
            if (i < sql.length() && sql.charAt(i) == ',') {
                i = skipSpace(sql, i + 1);
            } else {
                break;
            }
        }
        return parameters >= 2 && i < sql.length() && sql.charAt(i) == ')' && sql.charAt(i - 1) != ',' ? i + 1 : -1;
    }

    private static int skipSpace(String sql, int from) {
        int i = from;
        while (i < sql.length() && sql.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The table and key column a shape looks rows up by, or null when it is no single-table lookup by key. */
    public record Lookup(String table, String column) {}

    /** For {@code select ... from pet p1_0 where p1_0.owner_id=?}: {@code pet}, {@code owner_id}. */
    public static @Nullable Lookup lookup(String shape) {
        Matcher matcher = FROM_WHERE.matcher(shape);
        String column = matcher.find() ? keyColumn(matcher.group(2), matcher.group(3)) : null;
        return column == null ? null : new Lookup(matcher.group(1), column);
    }

    /** For {@code select ... from pet p1_0 where p1_0.owner_id=?}: "pet.owner_id (...)". */
    public static String likelyAssociation(String shape) {
        Lookup lookup = lookup(shape);
        if (lookup == null) {
            return "unknown (no single-table lookup by key found in the shape)";
        }
        String table = lookup.table();
        String column = lookup.column();
        if (column.equals("id")) {
            return table + " loaded by id, one row at a time: a lazy to-one (@ManyToOne/@OneToOne) to " + table
                    + " initialised in a loop";
        }
        return table + "." + column + ": a lazy collection of " + table + " rows (mapped by " + column
                + ") initialised in a loop";
    }

    /**
     * The first column of {@code alias} compared with a parameter ({@code = ?}, {@code in (?)}, {@code = any (?)}),
     * wherever it stands in the condition: other predicates, such as soft delete's {@code deleted_at is null}
     * or a filter, may come before it.
     */
    private static @Nullable String keyColumn(String alias, String condition) {
        Matcher key = Pattern.compile("(?<![a-z_0-9])" + Pattern.quote(alias)
                + "\\.([a-z_0-9\"]+)\\s*(?:=\\s*any\\s*\\(\\s*\\?|in\\s*\\(\\s*\\?|=\\s*\\?)").matcher(condition);
        return key.find() ? key.group(1) : null;
    }
}
