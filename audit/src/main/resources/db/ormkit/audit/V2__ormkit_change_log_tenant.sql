-- ormkit change log, tenants: the tenant of the session that made each change, for applications with @TenantId
-- entities (null otherwise). ChangeLog.history and ChangeLog.byActor read a tenant's own entries only. Adding a
-- nullable column without default changes only the catalog: no table rewrite, a brief ACCESS EXCLUSIVE lock.
alter table ormkit_change_log add column if not exists tenant_id text;
