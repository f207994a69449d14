package dev.ormkit.testkit.migration;

import dev.ormkit.testkit.migration.internal.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Flags migration steps that lock or destroy on a live table, each with why and the safe alternative.
 *
 * <pre>{@code
 * MigrationLinter.assertClean(Path.of("src/main/resources/db/migration"));
 * }</pre>
 *
 * <p>A table counts as live unless the same migration creates it: an index or a foreign key on a table
 * created a few lines above is fine. A finding the team accepts is silenced with a comment right above the
 * statement naming the rule and the reason: {@code -- ormkit:accept drop-column the column was unused since 2.3}.
 * The linter reads SQL text (statements split with quotes, dollar quotes and comments honoured) rather than
 * parsing it: pure-Java SQL parsers do not know PostgreSQL's DDL ({@code CONCURRENTLY}, {@code NOT VALID}).
 */
public final class MigrationLinter {

    private static final Pattern CREATE_TABLE = Pattern.compile("^create (?:unlogged )?table (?:if not exists )?([\\w.\"]+)");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^create (?:unique )?index (concurrently )?.*? on (?:only )?([\\w.\"]+)");
    private static final Pattern ALTER_TABLE = Pattern.compile("^alter table (?:if exists )?(?:only )?([\\w.\"]+) (.*)$");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$");

    private MigrationLinter() {}

    /** Lints one migration's SQL; {@code file} names it in the findings. */
    public static List<LintFinding> lint(String file, String sql) {
        List<SqlScript.Statement> statements = SqlScript.parse(sql);
        Set<String> created = new HashSet<>();
        for (SqlScript.Statement statement : statements) {
            Matcher table = CREATE_TABLE.matcher(statement.text());
            if (table.find()) {
                created.add(unqualified(table.group(1)));
            }
        }
        List<LintFinding> findings = new ArrayList<>();
        for (SqlScript.Statement statement : statements) {
            for (LintRule rule : rules(statement.text(), created)) {
                if (rule == LintRule.UNDOCUMENTED_DATA_CHANGE && explained(statement.comments())) {
                    continue;
                }
                if (!accepted(statement.comments(), rule)) {
                    findings.add(new LintFinding(rule, file, statement.line(), statement.text()));
                }
            }
        }
        return findings;
    }

    /** Lints every Flyway migration ({@code V<version>__<name>.sql}) in {@code directory}, in version order. */
    public static List<LintFinding> lint(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<LintFinding> findings = new ArrayList<>();
            for (Path file : files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(MigrationLinter::version, versionOrder())).toList()) {
                findings.addAll(lint(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migrations in " + directory, e);
        }
    }

    /** Fails with every finding in {@code directory}, each explained. */
    public static void assertClean(Path directory) {
        List<LintFinding> findings = lint(directory);
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder(findings.size() + " risky migration step(s) in " + directory + ":");
            findings.forEach(f -> message.append("\n  - ").append(f));
            throw new AssertionError(message.toString());
        }
    }

    private static List<LintRule> rules(String sql, Set<String> created) {
        List<LintRule> found = new ArrayList<>();
        Matcher index = CREATE_INDEX.matcher(sql);
        if (index.find() && index.group(1) == null && !created.contains(unqualified(index.group(2)))) {
            found.add(LintRule.INDEX_WITHOUT_CONCURRENTLY);
        }
        if (sql.startsWith("drop table")) {
            found.add(LintRule.DROP_TABLE);
        }
        Matcher alter = ALTER_TABLE.matcher(sql);
        if (alter.find()) {
            boolean live = !created.contains(unqualified(alter.group(1)));
            for (String action : actions(alter.group(2))) {
                alterRules(action, live, found);
            }
        }
        boolean update = sql.startsWith("update ");
        boolean delete = sql.startsWith("delete from ");
        if ((update || delete) && !sql.contains(" where ")) {
            found.add(LintRule.WHOLE_TABLE_UPDATE);
        }
        if (update || delete || (sql.startsWith("insert into ") && sql.contains(" select "))) {
            found.add(LintRule.UNDOCUMENTED_DATA_CHANGE);
        }
        return found;
    }

    private static void alterRules(String action, boolean live, List<LintRule> found) {
        if (action.startsWith("drop column") || action.matches("^drop (?!constraint|default|not null)\\S+.*")) {
            found.add(LintRule.DROP_COLUMN);
        } else if (action.startsWith("rename ")) {
            found.add(LintRule.RENAME);
        } else if (action.matches("^alter (?:column )?\\S+ (?:set data )?type .*")) {
            found.add(LintRule.COLUMN_TYPE_CHANGE);
        } else if (action.startsWith("add ")) {
            boolean foreignKey = action.contains("foreign key") || action.contains(" references ");
            if (live && foreignKey && !action.contains("not valid")) {
                found.add(LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID);
            }
            if (live && !action.startsWith("add constraint") && action.contains("not null")
                    && !action.contains(" default ")) {
                found.add(LintRule.NOT_NULL_WITHOUT_DEFAULT);
            }
        }
    }

    /** ALTER TABLE actions split at top-level commas. */
    private static List<String> actions(String clause) {
        List<String> actions = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                actions.add(clause.substring(start, i).trim());
                start = i + 1;
            }
        }
        actions.add(clause.substring(start).trim());
        return actions;
    }

    private static boolean accepted(String comments, LintRule rule) {
        return Pattern.compile("ormkit:accept\\s+" + rule.acceptName() + "\\s+\\S+").matcher(comments).find();
    }

    private static boolean explained(String comments) {
        return comments.lines().anyMatch(line -> !line.isBlank() && !line.contains("ormkit:accept"));
    }

    private static String unqualified(String table) {
        String name = table.replace("\"", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static List<Integer> version(Path file) {
        Matcher matcher = VERSION.matcher(file.getFileName().toString());
        matcher.matches();
        List<Integer> parts = new ArrayList<>();
        for (String part : matcher.group(1).split("[._]")) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    static Comparator<List<Integer>> versionOrder() {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }
}
