-- ormkit change log: one row per insert, update, soft delete, restore and purge of a @ChangeLogged entity.
-- Written by ormkit in the same transaction as the change. Copy this file into your own migrations with your
-- next version number, or run this folder as its own Flyway location with its own history table.
create table if not exists ormkit_change_log (
    id          uuid        primary key,
    entity_type text        not null,
    entity_id   uuid        not null,
    action      text        not null check (action in ('INSERT', 'UPDATE', 'DELETE', 'RESTORE', 'PURGE')),
    actor       text        not null,
    changed_at  timestamptz not null,
    changes     jsonb       not null
);

-- History of one entity, and changes by one actor in a time range.
create index if not exists ormkit_change_log_entity on ormkit_change_log (entity_type, entity_id, changed_at);
create index if not exists ormkit_change_log_actor on ormkit_change_log (actor, changed_at);
