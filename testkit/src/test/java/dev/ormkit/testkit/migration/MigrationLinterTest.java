package dev.ormkit.testkit.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLinterTest {

    private static List<LintRule> rules(String sql) {
        return MigrationLinter.lint("V2__test.sql", sql).stream().map(LintFinding::rule).toList();
    }

    @Test
    void indexWithoutConcurrentlyOnALiveTable() {
        assertThat(rules("create index pet_name on pet (name);")).containsExactly(LintRule.INDEX_WITHOUT_CONCURRENTLY);
        assertThat(rules("create index concurrently pet_name on pet (name);")).isEmpty();
        assertThat(rules("create table pet (id uuid primary key, name text); create index pet_name on pet (name);"))
                .as("a table created by the same migration is not live yet").isEmpty();
    }

    @Test
    void notNullColumnWithoutDefault() {
        assertThat(rules("alter table owner add column city text not null;"))
                .containsExactly(LintRule.NOT_NULL_WITHOUT_DEFAULT);
        assertThat(rules("alter table owner add column city text not null default 'unknown';")).isEmpty();
        assertThat(rules("alter table owner add column city text;")).isEmpty();
    }

    @Test
    void foreignKeyWithoutNotValid() {
        assertThat(rules("alter table pet add constraint pet_owner_fk foreign key (owner_id) references owner (id) on delete cascade;"))
                .containsExactly(LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID);
        assertThat(rules("alter table pet add constraint pet_owner_fk foreign key (owner_id) references owner (id) "
                + "on delete cascade not valid; alter table pet validate constraint pet_owner_fk;")).isEmpty();
    }

    @Test
    void columnTypeChange() {
        assertThat(rules("alter table owner alter column name type varchar(80);")).containsExactly(LintRule.COLUMN_TYPE_CHANGE);
        assertThat(rules("alter table owner alter column name set not null;")).isEmpty();
    }

    @Test
    void dropsAndRenames() {
        assertThat(rules("alter table owner drop column city;")).containsExactly(LintRule.DROP_COLUMN);
        assertThat(rules("drop table legacy_owner;")).containsExactly(LintRule.DROP_TABLE);
        assertThat(rules("alter table owner rename column name to full_name;")).containsExactly(LintRule.RENAME);
        assertThat(rules("alter table owner rename to person;")).containsExactly(LintRule.RENAME);
        assertThat(rules("alter table owner drop constraint owner_name_key;")).isEmpty();
    }

    @Test
    void wholeTableUpdatesAndUndocumentedDataChanges() {
        assertThat(rules("update owner set city = 'x';"))
                .containsExactly(LintRule.WHOLE_TABLE_UPDATE, LintRule.UNDOCUMENTED_DATA_CHANGE);
        assertThat(rules("-- normalise city names written before 2.1 in lower case\nupdate owner set city = upper(city) where id < 'f';"))
                .isEmpty();
        assertThat(rules("insert into archive select * from owner where created_at < now();"))
                .containsExactly(LintRule.UNDOCUMENTED_DATA_CHANGE);
        assertThat(rules("delete from owner;")).containsExactly(LintRule.WHOLE_TABLE_UPDATE, LintRule.UNDOCUMENTED_DATA_CHANGE);
    }

    @Test
    void findingsCanBeAcceptedWithARuleAndAReason() {
        assertThat(rules("-- ormkit:accept drop-column unused since release 2.3\nalter table owner drop column city;")).isEmpty();
        assertThat(rules("-- ormkit:accept drop-column\nalter table owner drop column city;"))
                .as("a reason is required").containsExactly(LintRule.DROP_COLUMN);
        assertThat(rules("-- ormkit:accept rename wrong rule\nalter table owner drop column city;"))
                .containsExactly(LintRule.DROP_COLUMN);
    }

    @Test
    void quotesDollarQuotesAndCommentsDoNotConfuseTheSplitter() {
        List<LintFinding> findings = MigrationLinter.lint("V3__fn.sql", """
                create function touch() returns trigger as $$
                begin
                  update owner set city = 'x;y'; -- inside a function body: not a migration step
                  return new;
                end $$ language plpgsql;
                /* block comment with ; inside */
                alter table owner drop column city;
                """);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(LintRule.DROP_COLUMN);
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.toString()).contains("V3__fn.sql:7 drop-column").contains("instead:")
                    .contains("-- ormkit:accept drop-column <reason>");
        });
    }

    @Test
    void aDirectoryIsLintedInVersionOrder(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("V10__drop.sql"), "alter table owner drop column city;");
        Files.writeString(directory.resolve("V2__index.sql"), "create index owner_city on owner (city);");
        Files.writeString(directory.resolve("README.md"), "not a migration; drop table x;");

        assertThat(MigrationLinter.lint(directory)).extracting(LintFinding::file).containsExactly("V2__index.sql", "V10__drop.sql");
        assertThatThrownBy(() -> MigrationLinter.assertClean(directory))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2 risky migration step(s)");
    }

    @Test
    void cleanMigrationsPass(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("V1__create.sql"), """
                create table owner (id uuid primary key, name text not null);
                create index owner_name on owner (name);
                """);
        Files.writeString(directory.resolve("V2__expand.sql"), """
                alter table owner add column email text;
                create index concurrently owner_email on owner (email);
                """);

        MigrationLinter.assertClean(directory);
    }
}
