package dev.ormkit.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule catches a deliberately bad schema and passes a good one; each schema in a database of its own. */
class SchemaRulesTest {

    private static final String GOOD_PARENT = "create table owner (id uuid primary key, name text not null, "
            + "created_at timestamptz not null, updated_at timestamptz not null)";

    private static List<Violation> check(String... ddl) {
        return Schemas.check("schema_rules", ddl);
    }

    @Test
    void aSchemaFollowingEveryRulePasses() {
        assertThat(check(GOOD_PARENT,
                "create table pet (id uuid primary key, owner_id uuid not null references owner (id) on delete cascade, "
                        + "email text, password_hash text, created_at timestamptz not null, "
                        + "updated_at timestamptz not null, deleted_at timestamptz)",
                "create index pet_owner_id on pet (owner_id)",
                "create unique index pet_email on pet (email) where deleted_at is null")).isEmpty();
    }

    @Test
    void uuidPrimaryKey() {
        assertThat(check("create table t (id bigint primary key, created_at timestamptz not null, updated_at timestamptz not null)"))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(SchemaRule.UUID_PRIMARY_KEY);
                    assertThat(v.table()).isEqualTo("t");
                    assertThat(v.column()).isEqualTo("id");
                    assertThat(v.toString()).contains("primary key is bigint, not uuid").contains("Fix:");
                });
        assertThat(check("create table t (name text, created_at timestamptz not null, updated_at timestamptz not null)"))
                .extracting(Violation::rule).containsExactly(SchemaRule.UUID_PRIMARY_KEY);
    }

    @Test
    void timestamps() {
        assertThat(check("create table t (id uuid primary key, created_at timestamp not null)"))
                .extracting(Violation::rule, Violation::column, Violation::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.TIMESTAMPS, "created_at",
                                "is timestamp without time zone, not timestamptz"),
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.TIMESTAMPS, "updated_at", "missing"));
    }

    @Test
    void timestamptzWithHibernatesPrecisionSixPasses() {
        assertThat(check("create table precise(id uuid primary key, created_at timestamptz(6) not null, "
                + "updated_at timestamptz(6) not null, deleted_at timestamptz(6))")).isEmpty();
    }

    @Test
    void timestamptzBelowMicrosecondsIsReported() {
        assertThat(check("create table coarse(id uuid primary key, created_at timestamptz(3) not null, "
                + "updated_at timestamptz(0) not null, deleted_at timestamptz(3))"))
                .extracting(Violation::rule, Violation::column, Violation::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.TIMESTAMPS, "created_at",
                                "is timestamp(3) with time zone: fewer than the 6 fractional digits ormkit writes, "
                                        + "so PostgreSQL rounds the value and a reload differs from the saved one"),
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.TIMESTAMPS, "updated_at",
                                "is timestamp(0) with time zone: fewer than the 6 fractional digits ormkit writes, "
                                        + "so PostgreSQL rounds the value and a reload differs from the saved one"),
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.DELETED_AT, "deleted_at",
                                "is timestamp(3) with time zone: fewer than the 6 fractional digits ormkit writes, "
                                        + "so PostgreSQL rounds the value and a reload differs from the saved one"));
    }

    @Test
    void deletedAtIsANullableTimestamptz() {
        assertThat(check("create table t (id uuid primary key, created_at timestamptz not null, "
                + "updated_at timestamptz not null, deleted_at timestamp not null)"))
                .extracting(Violation::rule, Violation::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SchemaRule.DELETED_AT,
                                "is timestamp without time zone, not timestamptz"),
                        org.assertj.core.groups.Tuple.tuple(SchemaRule.DELETED_AT, "is NOT NULL"));
    }

    @Test
    void foreignKeyColumnsNeedAConstraintWithAnExplicitOnDeleteAndAnIndex() {
        List<Violation> violations = check(GOOD_PARENT,
                "create table pet (id uuid primary key, owner_id uuid references owner (id), breeder_id uuid, "
                        + "created_at timestamptz not null, updated_at timestamptz not null)");

        assertThat(violations).extracting(Violation::rule, Violation::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SchemaRule.ON_DELETE, "owner_id"),
                org.assertj.core.groups.Tuple.tuple(SchemaRule.FOREIGN_KEY_INDEXED, "owner_id"),
                org.assertj.core.groups.Tuple.tuple(SchemaRule.FOREIGN_KEY, "breeder_id"));
    }

    @Test
    void uniqueIndexesOnSoftDeletableTablesMustBePartial() {
        assertThat(check("create table t (id uuid primary key, email text unique, created_at timestamptz not null, "
                + "updated_at timestamptz not null, deleted_at timestamptz)"))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(SchemaRule.PARTIAL_UNIQUE);
                    assertThat(v.column()).isEqualTo("email");
                });
    }

    @Test
    void plaintextSecretLikeColumnsAreFlaggedUnlessMarkedHashed() {
        List<Violation> violations = check("create table account (id uuid primary key, password text, "
                + "api_key varchar(80), refresh_token text, token_expires_at timestamptz, reset_token text, "
                + "password_hash text, created_at timestamptz not null, updated_at timestamptz not null)",
                "comment on column account.reset_token is 'hashed with argon2id'");

        assertThat(violations).allSatisfy(v -> assertThat(v.rule()).isEqualTo(SchemaRule.PLAINTEXT_SECRET))
                .extracting(Violation::column).containsExactlyInAnyOrder("password", "api_key", "refresh_token");
    }

    @Test
    void rulesCanBeIgnoredPerTableWithAReason() {
        String joinTable = "create table owner_tag (owner_id uuid not null references owner (id) on delete cascade, "
                + "tag text not null, primary key (owner_id, tag))";
        try (TestDatabase database = PostgresServer.shared().createDatabase("schema_rules")) {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(GOOD_PARENT);
                statement.execute(joinTable);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            SchemaRules rules = SchemaRules.defaults();
            assertThatThrownBy(() -> rules.assertValid(database.dataSource()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("3 schema rule violation(s)")
                    .hasMessageContaining("UUID_PRIMARY_KEY owner_tag: composite primary key [owner_id, tag]")
                    .hasMessageContaining("TIMESTAMPS owner_tag.created_at: missing");

            rules.ignore("owner_tag", SchemaRule.UUID_PRIMARY_KEY, "join table keyed by the pair")
                    .ignore("owner_tag", SchemaRule.TIMESTAMPS, "join table rows are never updated")
                    .assertValid(database.dataSource());
            assertThatThrownBy(() -> rules.ignore("owner_tag", SchemaRule.TIMESTAMPS, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Give a reason");
        }
    }
}
