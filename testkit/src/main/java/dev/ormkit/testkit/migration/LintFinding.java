package dev.ormkit.testkit.migration;

/**
 * One risky step in a migration.
 *
 * @param rule what is risky
 * @param file the migration's file name
 * @param line the line the statement starts on (1-based)
 * @param statement the statement, whitespace folded
 */
public record LintFinding(LintRule rule, String file, int line, String statement) {

    @Override
    public String toString() {
        return file + ":" + line + " " + rule.acceptName() + ": " + rule.problem() + ".\n      statement: "
                + statement + "\n      instead: " + rule.alternative() + "\n      or accept it: -- ormkit:accept "
                + rule.acceptName() + " <reason>";
    }
}
