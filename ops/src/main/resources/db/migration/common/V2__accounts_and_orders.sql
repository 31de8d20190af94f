-- Catwork's own tables, in types PostgreSQL and H2 share.

-- ops: how accounts log in (never in an event)
create table account_credentials (
    account_id    uuid         not null primary key,
    email         varchar(254) not null,
    password_hash varchar(100),
    role          varchar(20)  not null,
    created_at    timestamp(6) with time zone not null,
    constraint account_credentials_email_key unique (email)
);

-- command side: service type names and what an order needs to know of its type
create table service_type_lookup (
    id               uuid         not null primary key,
    name_key         varchar(100) not null,
    duration_minutes integer      not null,
    active           boolean      not null,
    constraint service_type_lookup_name_key unique (name_key)
);

-- query side: projections
create table account_view (
    id         uuid         not null primary key,
    role       varchar(20)  not null,
    name       varchar(200) not null,
    email      varchar(254) not null,
    phone      varchar(30),
    address    varchar(500),
    created_at timestamp(6) with time zone not null
);

create table service_type_view (
    id               uuid          not null primary key,
    name             varchar(100)  not null,
    description      varchar(2000),
    duration_minutes integer       not null,
    active           boolean       not null
);

create table order_view (
    id                uuid          not null primary key,
    client_id         uuid          not null,
    service_type_id   uuid          not null,
    status            varchar(20)   not null,
    scheduled_at      timestamp(6) with time zone not null,
    address           varchar(500)  not null,
    description       varchar(4000) not null,
    worker_id         uuid,
    worker_code       varchar(20),
    price             numeric(12, 2),
    failure_reason    varchar(40),
    reorder_available boolean       not null,
    reordered_as      uuid,
    kit_status        varchar(30),
    check_in_photo_id uuid,
    report_photo_id   uuid,
    cancel_reason     varchar(2000),
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null
);
create index order_view_client_idx on order_view (client_id, created_at);
create index order_view_worker_idx on order_view (worker_id, created_at);
create index order_view_status_idx on order_view (status, created_at);
