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

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern NUMBER = Pattern.compile("(?<![a-z_0-9.])-?\\d+(?:\\.\\d+)?(?![a-z_0-9])");
    private static final Pattern LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FROM_WHERE = Pattern.compile("from ([a-z_0-9.\"]+)(?: as)? ([a-z_0-9]+)\\b.*? where (.*)");

    private Shapes() {}

    public static String of(String sql) {
        String shape = sql.toLowerCase(Locale.ROOT);
        shape = STRING.matcher(shape).replaceAll("?");
        shape = NUMBER.matcher(shape).replaceAll("?");
        shape = LIST.matcher(shape).replaceAll("(?)");
        return SPACE.matcher(shape).replaceAll(" ").trim();
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
