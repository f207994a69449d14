package dev.ormkit.core.query.internal;

import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.query.InvalidQueryException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a JPQL condition that could reach past itself. ormkit writes each condition as {@code (condition)}
 * into its query; a condition that closes that parenthesis early ({@code e.grp = :g) or (1=1}) would turn an
 * AND into an OR over the whole table, and quotes would let a value into the query text. The check is
 * lexical and deliberately strict: it counts every parenthesis and refuses every quote character (HQL reads
 * both {@code '…'} and {@code "…"} as string literals, and a backtick-quoted identifier could hide a
 * parenthesis from the count).
 *
 * <p>One set of rules for every JPQL condition a user hands ormkit ({@code QuerySpec}, ormkit-audit's
 * {@code BulkUpdate}), so the same mistake gets the same exception and message everywhere.
 */
public final class ConditionCheck {

    /**
     * Longer conditions are refused unread: Hibernate quotes the query in its errors, and its parser recurses per
     * nesting level (800 chained {@code not}, 3,209 characters, overflowed the stack when measured).
     */
    public static final int MAX_LENGTH = 4_000;

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private ConditionCheck() {}

    /**
     * The condition as ormkit will use it: line breaks, tabs and other whitespace become plain spaces (the same
     * JPQL, as no literal may appear), so Hibernate's error messages, which quote the query, hold no line break.
     *
     * @throws InvalidQueryException when the condition could reach past itself
     */
    public static String checked(String condition) {
        check(condition);
        StringBuilder normalised = new StringBuilder(condition.length());
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            normalised.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return normalised.toString();
    }

    /**
     * The name of a parameter a condition binds, checked.
     *
     * @throws InvalidQueryException when the name is not a plain identifier or starts with {@code ormkit_}
     */
    public static String parameterName(String name) {
        if (!PARAMETER_NAME.matcher(name).matches() || name.startsWith("ormkit_")) {
            throw new InvalidQueryException("Parameter name " + CallerText.show(name) + " is not allowed: use letters, "
                    + "digits and '_', starting with a letter, and not the prefix 'ormkit_' (ormkit's own parameters).");
        }
        return name;
    }

    /**
     * A parameter's value, checked: never {@code null}, which no comparison matches in SQL ({@code e.x = null} is
     * never true); the condition should say {@code is null} instead.
     *
     * @throws NullPointerException naming the parameter when the value is {@code null}
     */
    public static Object value(String name, @Nullable Object value) {
        return Objects.requireNonNull(value, () -> "value of parameter " + CallerText.show(name)
                + " must not be null; use 'is null'");
    }

    private static void check(String condition) {
        if (condition.length() > MAX_LENGTH) {
            throw refused(condition, "is longer than " + MAX_LENGTH + " characters. Bind long lists as one "
                    + "collection parameter (e.id in :ids).");
        }
        if (condition.isBlank()) {
            throw new InvalidQueryException("The JPQL condition is blank. Pass a condition such as e.name = :name, "
                    + "or use QuerySpec.all().");
        }
        int depth = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            switch (c) {
                case '\'', '"' -> throw refused(condition, "contains a string literal (a " + (c == '"' ? "double" : "single")
                        + " quote). Values must be bound parameters: write e.name = :name and call bind(\"name\", value).");
                case '`' -> throw refused(condition, "contains a backtick-quoted identifier. Name properties plainly "
                        + "(e.name) and bind values with bind(name, value).");
                case ';' -> throw refused(condition, "contains ';'. A condition is one boolean expression, not a statement.");
                case '\\' -> throw refused(condition, "contains a backslash. Bind values with bind(name, value).");
                case '(' -> depth++;
                case ')' -> {
                    if (--depth < 0) {
                        throw refused(condition, "closes a parenthesis it did not open, which would reach past the "
                                + "condition. Balance the parentheses.");
                    }
                }
                case '-', '/', '*' -> {
                    if (i + 1 < condition.length() && isComment(c, condition.charAt(i + 1))) {
                        throw refused(condition, "contains a comment. Remove it.");
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < condition.length()
                            && Character.isLowSurrogate(condition.charAt(i + 1))) {
                        i++;
                    } else if ((Character.isISOControl(c) && !Character.isWhitespace(c)) || Character.isSurrogate(c)
                            || Character.getType(c) == Character.FORMAT) {
                        throw refused(condition, "contains the invisible or control character U+"
                                + String.format("%04X", (int) c) + ". Remove it.");
                    }
                }
            }
        }
        if (depth != 0) {
            throw refused(condition, "leaves " + depth + " parenthes" + (depth == 1 ? "is" : "es") + " open. Balance "
                    + "the parentheses.");
        }
    }

    private static boolean isComment(char first, char second) {
        return (first == '-' && second == '-') || (first == '/' && second == '*') || (first == '*' && second == '/');
    }

    private static InvalidQueryException refused(String condition, String why) {
        return new InvalidQueryException("The JPQL condition " + CallerText.show(condition) + " " + why);
    }
}
