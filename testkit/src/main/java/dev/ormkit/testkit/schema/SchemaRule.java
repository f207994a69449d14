package dev.ormkit.testkit.schema;

/** The rules {@link SchemaRules} checks, each with what it asks and how to fix a violation. */
public enum SchemaRule {

    UUID_PRIMARY_KEY("every table has a single-column uuid primary key",
            "make the primary key one column of type uuid (BaseEntity's id)"),
    TIMESTAMPS("every table has created_at and updated_at of type timestamptz, keeping microseconds "
            + "(no precision, or 6 as Hibernate writes it)",
            "add created_at and updated_at as timestamp with time zone not null (BaseEntity maps them)"),
    DELETED_AT("deleted_at, where present, is a nullable timestamptz, keeping microseconds",
            "make deleted_at timestamp with time zone and nullable (SoftDeletableEntity maps it)"),
    FOREIGN_KEY("every *_id column is covered by a foreign key constraint",
            "add a foreign key constraint: alter table t add constraint ... foreign key (x_id) references x (id) on delete restrict"),
    ON_DELETE("every foreign key states its ON DELETE action (CASCADE, RESTRICT or SET NULL)",
            "recreate the constraint with an explicit on delete cascade | restrict | set null, not the silent NO ACTION default"),
    FOREIGN_KEY_INDEXED("every foreign key column leads an index",
            "create index concurrently t_x_id_idx on t (x_id)"),
    PARTIAL_UNIQUE("on soft-deletable tables, unique indexes apply to live rows only",
            "replace the unique constraint by create unique index ... where deleted_at is null"),
    TENANT_INDEX("on tables with a tenant_id column, unique indexes and foreign-key indexes lead with tenant_id: "
            + "Hibernate's @TenantId restriction puts tenant_id = ? into every query, and a unique index without it "
            + "makes a value unique across all tenants",
            "create unique index concurrently ... on t (tenant_id, email) where deleted_at is null, and "
            + "create index concurrently ... on t (tenant_id, x_id); for the database's own check when a referenced row "
            + "is deleted, make the foreign key (tenant_id, x_id) references x (tenant_id, id)"),
    PLAINTEXT_SECRET("no column looks like a plaintext secret (password, secret, token, api_key, ...)",
            "store a hash instead and name the column *_hash (or *_digest, *_encrypted), or comment it 'hashed'");

    private final String rule;
    private final String fix;

    SchemaRule(String rule, String fix) {
        this.rule = rule;
        this.fix = fix;
    }

    /** What the rule asks, in a sentence. */
    public String description() {
        return rule;
    }

    /** How to fix a violation. */
    public String fix() {
        return fix;
    }
}
