-- Hiring: command-side lookups, the worker code sequence, activation tokens, views, and the emails' directories.

-- command side
create sequence worker_code_seq start with 1 increment by 1;

create table hiring_test_lookup (
    id        uuid    not null primary key,
    max_score integer not null
);

create table vacancy_lookup (
    id       uuid          not null primary key,
    open     boolean       not null,
    test_ids varchar(2000) not null
);

-- one row per undecided application: "one active application per email"
create table active_application_lookup (
    email          varchar(254) not null primary key,
    application_id uuid         not null,
    constraint active_application_lookup_application_key unique (application_id)
);

-- ops: one-time activation tokens of workers, stored as SHA-256
create table activation_token (
    token_hash varchar(64) not null primary key,
    account_id uuid        not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone
);

-- query side
alter table account_view add column worker_code varchar(20);

create table test_view (
    id          uuid          not null primary key,
    name        varchar(200)  not null,
    description varchar(2000),
    max_score   integer       not null,
    pass_score  integer       not null,
    created_at  timestamp(6) with time zone not null
);

create table vacancy_view (
    id          uuid          not null primary key,
    title       varchar(200)  not null,
    description varchar(4000),
    test_ids    varchar(2000) not null,
    open        boolean       not null,
    created_at  timestamp(6) with time zone not null
);

create table application_view (
    id              uuid          not null primary key,
    vacancy_id      uuid,
    status          varchar(20)   not null,
    name            varchar(200)  not null,
    email           varchar(254)  not null,
    phone           varchar(30),
    breed           varchar(100),
    color           varchar(100),
    sex             varchar(1),
    birth_date      date,
    about           varchar(4000),
    decision_reason varchar(4000),
    decided_at      timestamp(6) with time zone,
    worker_id       uuid,
    worker_code     varchar(20),
    submitted_at    timestamp(6) with time zone not null
);
create index application_view_status_idx on application_view (status, submitted_at);

create table application_test_view (
    application_id uuid    not null,
    position       integer not null,
    test_id        uuid    not null,
    score          integer,
    passed         boolean,
    result_comment varchar(4000),
    primary key (application_id, position)
);

create table application_note_view (
    application_id uuid          not null,
    position       integer       not null,
    note           varchar(4000) not null,
    noted_at       timestamp(6) with time zone not null,
    noted_by       varchar(100),
    primary key (application_id, position)
);

create table worker_view (
    id       uuid         not null primary key,
    code     varchar(20)  not null,
    name     varchar(200) not null,
    email    varchar(254) not null,
    status   varchar(20)  not null,
    hired_at timestamp(6) with time zone not null,
    constraint worker_view_code_key unique (code)
);

-- notifications
create table notification_application (
    application_id uuid         not null primary key,
    email          varchar(254) not null,
    name           varchar(200) not null
);

create table notification_test (
    test_id   uuid         not null primary key,
    name      varchar(200) not null,
    max_score integer      not null
);
