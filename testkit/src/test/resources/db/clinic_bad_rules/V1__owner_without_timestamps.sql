create table owner (
    id      uuid primary key,
    name    text not null,
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamp not null
);

create table pet (
    id         uuid primary key,
    name       text not null,
    owner_id   uuid not null references owner (id) on delete cascade,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint not null
);

create index pet_owner_id on pet (owner_id);
