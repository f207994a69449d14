package dev.ormkit.testkit.sql.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The table a DELETE statement deletes from, compared without case, schema or quotes. */
public final class DeleteTargets {

    private static final Pattern DELETE_FROM = Pattern.compile(
            "\\bdelete\\s+from\\s+(?:only\\s+)?((?:\"[^\"]+\"|[a-z_0-9$]+)(?:\\.(?:\"[^\"]+\"|[a-z_0-9$]+))?)");

    private DeleteTargets() {}

    /** {@code public."Article"} and {@code article} both give {@code article}. */
    public static String tableName(String qualified) {
        String name = qualified.trim();
        String last = name.endsWith("\"") && name.length() > 1
                ? name.substring(name.lastIndexOf('"', name.length() - 2))
                : name.substring(name.lastIndexOf('.') + 1);
        return last.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    /** The table of the first {@code delete from} in a statement's shape, or null when it has none. */
    public static @Nullable String of(String shape) {
        Matcher matcher = DELETE_FROM.matcher(shape.toLowerCase(Locale.ROOT));
        return matcher.find() ? tableName(matcher.group(1)) : null;
    }
}
