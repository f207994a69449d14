-- The clinic's schema: uuid keys, timestamps, soft deletes, audit columns, explicit ON DELETE, indexed FKs.
create table vet (
    id         uuid primary key,
    name       text not null,
    specialty  text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by varchar(255) not null,
    updated_by varchar(255) not null,
    version    bigint not null
);

create table owner (
    id         uuid primary key,
    name       text not null,
    city       text not null,
    email      text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz,
    created_by varchar(255) not null,
    updated_by varchar(255) not null,
    deleted_by varchar(255),
    version    bigint not null
);

-- A deleted owner's email can be used again: the unique index covers live rows only.
create unique index owner_email_live on owner (email) where deleted_at is null;
-- Keyset paging by name (the id breaks ties), live rows only.
create index owner_name_id_live on owner (name, id) where deleted_at is null;
create index owner_name_id on owner (name, id);

create table pet (
    id         uuid primary key,
    owner_id   uuid not null references owner (id) on delete cascade,
    name       text not null,
    species    text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz,
    version    bigint not null
);

create index pet_owner_id on pet (owner_id);

create table visit (
    id         uuid primary key,
    pet_id     uuid not null references pet (id) on delete cascade,
    vet_id     uuid not null references vet (id) on delete restrict,
    date       date not null,
    reason     text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz,
    version    bigint not null
);

create index visit_pet_id on visit (pet_id);
create index visit_vet_id on visit (vet_id);
