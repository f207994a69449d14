package dev.ormkit.core.internal;

/**
 * Shows text a caller supplied (a condition, a sort key, a parameter name) inside an exception message
 * without letting it forge log lines or flood the log: control and other invisible characters become
 * {@code \n}, {@code \t} or {@code \}{@code uXXXX} escapes, and anything past {@value #MAX_CHARS} characters is
 * cut and its length stated. Never use it for bound values: those stay out of messages entirely.
 */
public final class CallerText {

    static final int MAX_CHARS = 100;

    private CallerText() {}

    /** The text in single quotes, escaped and cut: {@code 'e.name = :n'}, {@code 'abc… (10000 characters)'}. */
    public static String show(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 32).append('\'');
        int shown = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < shown && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isISOControl(c) || Character.isSurrogate(c) || isInvisible(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > shown) {
            out.append("… (").append(text.length()).append(" characters)");
        }
        return out.append('\'').toString();
    }

    /** Line and paragraph separators, format characters (bidi overrides, zero-width) that hide what is shown. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
