package dev.ormkit.core.query;

import dev.ormkit.core.internal.CallerText;

/**
 * Refuses a JPQL condition that could reach past itself. ormkit writes each condition as {@code (condition)}
 * into its query; a condition that closes that parenthesis early ({@code e.grp = :g) or (1=1}) would turn an
 * AND into an OR over the whole table, and quotes would let a value into the query text. The check is
 * lexical and deliberately strict: it counts every parenthesis and refuses every quote character (HQL reads
 * both {@code '…'} and {@code "…"} as string literals, and a backtick-quoted identifier could hide a
 * parenthesis from the count).
 */
final class ConditionCheck {

    private ConditionCheck() {}

    static void check(String condition) {
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
                    if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                        throw refused(condition, "contains the control character U+"
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
