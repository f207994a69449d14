package dev.ormkit.testkit.migration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration into statements, honouring quotes, dollar quotes and comments, and keeps for each the
 * comments written just above it (where acceptances and explanations live).
 */
public final class SqlScript {

    /** One statement: its first line, its text folded to lower case and single spaces, and its comments. */
    public record Statement(int line, String text, String comments) {}

    private SqlScript() {}

    public static List<Statement> parse(String sql) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                comments.append(sql, i + 2, end).append('\n');
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end;
                String block = sql.substring(i + 2, end);
                comments.append(block).append('\n');
                line += (int) block.chars().filter(ch -> ch == '\n').count();
                i = Math.min(sql.length(), end + 2);
                continue;
            }
            if (c == ';') {
                add(statements, startLine, text, comments);
                startLine = -1;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c) && startLine < 0) {
                startLine = line;
            }
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, String.valueOf(c));
                line += count(sql, i, end);
                text.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                if (tagEnd > 0 && sql.substring(i + 1, tagEnd).matches("[A-Za-z_0-9]*")) {
                    String tag = sql.substring(i, tagEnd + 1);
                    int end = sql.indexOf(tag, tagEnd + 1);
                    end = end < 0 ? sql.length() : end + tag.length();
                    line += count(sql, i, end);
                    text.append(sql, i, end);
                    i = end;
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        add(statements, startLine, text, comments);
        return statements;
    }

    private static void add(List<Statement> statements, int line, StringBuilder text, StringBuilder comments) {
        String folded = text.toString().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        if (!folded.isEmpty()) {
            statements.add(new Statement(line, folded, comments.toString()));
        }
        text.setLength(0);
        comments.setLength(0);
    }

    private static int closing(String sql, int start, String quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.startsWith(quote, i)) {
                if (sql.startsWith(quote + quote, i)) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int count(String sql, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
