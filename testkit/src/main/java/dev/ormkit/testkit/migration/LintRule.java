package dev.ormkit.testkit.migration;

/** What {@link MigrationLinter} flags, with why it hurts on a live table and the safe alternative. */
public enum LintRule {

    INDEX_WITHOUT_CONCURRENTLY("CREATE INDEX without CONCURRENTLY locks the table against writes while it builds",
            "create index concurrently ... (in a migration of its own: it cannot run inside a transaction)"),
    NOT_NULL_WITHOUT_DEFAULT("ADD COLUMN ... NOT NULL without a DEFAULT fails on a table with rows",
            "add the column nullable, backfill in batches, then add NOT NULL (or give a constant DEFAULT)"),
    FOREIGN_KEY_WITHOUT_NOT_VALID("ADD FOREIGN KEY checks every row while holding a lock that blocks writes",
            "add constraint ... foreign key ... not valid; then, in a later step, validate constraint ..."),
    COLUMN_TYPE_CHANGE("ALTER COLUMN ... TYPE rewrites the table under an exclusive lock, and breaks old code",
            "add a new column, dual-write and backfill, switch reads, then drop the old column (expand/contract)"),
    DROP_COLUMN("DROP COLUMN destroys data and breaks code still reading it",
            "stop using the column in a release first; drop it in a later migration"),
    DROP_TABLE("DROP TABLE destroys data and breaks code still reading it",
            "stop using the table in a release first; drop it (or rename it to *_retired) in a later migration"),
    RENAME("RENAME of a column or table breaks every running instance still using the old name",
            "add the new name, copy and dual-write (or a view), switch, then drop the old name"),
    WHOLE_TABLE_UPDATE("an UPDATE or DELETE without WHERE rewrites or empties the whole table in one long transaction",
            "update in batches by key range (where id between ...), outside the schema migration if large"),
    UNDOCUMENTED_DATA_CHANGE("a migration that rewrites data (UPDATE, INSERT ... SELECT, DELETE) must say what and why",
            "put a comment right above the statement: -- backfill: copy legacy status into state because ...");

    private final String problem;
    private final String alternative;

    LintRule(String problem, String alternative) {
        this.problem = problem;
        this.alternative = alternative;
    }

    /** Why the step hurts on a live table. */
    public String problem() {
        return problem;
    }

    /** What to do instead. */
    public String alternative() {
        return alternative;
    }

    /** The name used in an acceptance comment: {@code -- ormkit:accept drop-column <reason>}. */
    public String acceptName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
