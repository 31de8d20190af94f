-- The email outbox and the notifications group's own directories (query side, module notifications).

create table notification_outbox (
    id              uuid          not null primary key,  -- derived from event id, recipient and template
    event_id        varchar(255)  not null,
    recipient       varchar(254)  not null,
    template        varchar(100)  not null,
    subject         varchar(500)  not null,
    body            varchar(20000) not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error      varchar(1000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    sent_count      integer       not null,
    version         bigint        not null
);
create index notification_outbox_due_idx on notification_outbox (status, next_attempt_at);
create index notification_outbox_created_idx on notification_outbox (created_at);

create table notification_recipient (
    account_id uuid         not null primary key,
    email      varchar(254) not null,
    name       varchar(200) not null,
    role       varchar(20)  not null
);

create table notification_order (
    order_id     uuid not null primary key,
    client_id    uuid not null,
    scheduled_at timestamp(6) with time zone not null
);
