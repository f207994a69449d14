package dev.ormkit.testkit.sql.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises SQL into a shape, and guesses the association an N+1 shape loads. */
public final class Shapes {

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern NUMBER = Pattern.compile("(?<![a-z_0-9.])-?\\d+(?:\\.\\d+)?(?![a-z_0-9])");
    private static final Pattern LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FROM_WHERE = Pattern.compile(
            "from ([a-z_0-9.\"]+)(?: as)? ([a-z_0-9]+)\\b.*? where \\(?\\2\\.([a-z_0-9\"]+)\\s*(?:=|in|= any)");

    private Shapes() {}

    public static String of(String sql) {
        String shape = sql.toLowerCase(Locale.ROOT);
        shape = STRING.matcher(shape).replaceAll("?");
        shape = NUMBER.matcher(shape).replaceAll("?");
        shape = LIST.matcher(shape).replaceAll("(?)");
        return SPACE.matcher(shape).replaceAll(" ").trim();
    }

    /** For {@code select ... from pet p1_0 where p1_0.owner_id=?}: "pet.owner_id (...)". */
    public static String likelyAssociation(String shape) {
        Matcher matcher = FROM_WHERE.matcher(shape);
        if (!matcher.find()) {
            return "unknown (no single-table lookup by key found in the shape)";
        }
        String table = matcher.group(1);
        String column = matcher.group(3);
        if (column.equals("id")) {
            return table + " loaded by id, one row at a time: a lazy to-one (@ManyToOne/@OneToOne) to " + table
                    + " initialised in a loop";
        }
        return table + "." + column + ": a lazy collection of " + table + " rows (mapped by " + column
                + ") initialised in a loop";
    }
}
