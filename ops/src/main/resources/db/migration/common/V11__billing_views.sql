-- Billing: the query side's views of client balances, charges and invoices, and of worker earnings and invoices.
-- Amounts are KU with two fraction digits; a status is the name of its enum.

create table client_balance (
    client_id  uuid           not null primary key,
    balance    numeric(19, 2) not null,
    total_paid numeric(19, 2) not null,
    unpaid     numeric(19, 2) not null
);

-- one row per charged order: OPEN until its week is invoiced (INVOICED) or it drops out (DROPPED)
create table client_charge (
    order_id   uuid           not null primary key,
    client_id  uuid           not null,
    week_start date           not null,
    amount     numeric(19, 2) not null,
    status     varchar(20)    not null
);
create index client_charge_client_idx on client_charge (client_id, status);

create table client_invoices (
    id               uuid           not null primary key,
    client_id        uuid           not null,
    period_start     date           not null,
    period_end       date           not null,
    subtotal         numeric(19, 2) not null,
    discount_percent integer        not null,
    discount         numeric(19, 2) not null,
    amount           numeric(19, 2) not null,
    status           varchar(20)    not null,
    issued_at        timestamp(6) with time zone not null,
    paid_at          timestamp(6) with time zone
);
create index client_invoices_client_idx on client_invoices (client_id, period_start);

create table worker_earnings (
    worker_id     uuid           not null primary key,
    total_earned  numeric(19, 2) not null,
    total_fines   numeric(19, 2) not null,
    total_bonuses numeric(19, 2) not null,
    carried_debt  numeric(19, 2) not null
);

-- a worker's earnings, fines and bonuses per calendar month (month_start: its first day)
create table worker_month (
    worker_id   uuid           not null,
    month_start date           not null,
    earned      numeric(19, 2) not null,
    fines       numeric(19, 2) not null,
    bonuses     numeric(19, 2) not null,
    primary key (worker_id, month_start)
);

create table worker_invoices (
    id              uuid           not null primary key,
    worker_id       uuid           not null,
    period_start    date           not null,
    period_end      date           not null,
    earned          numeric(19, 2) not null,
    bonuses         numeric(19, 2) not null,
    fines           numeric(19, 2) not null,
    carried_debt    numeric(19, 2) not null,
    amount          numeric(19, 2) not null,
    carried_forward numeric(19, 2) not null,
    status          varchar(20)    not null,
    issued_at       timestamp(6) with time zone not null,
    paid_at         timestamp(6) with time zone,
    failure_reason  varchar(500)
);
create index worker_invoices_worker_idx on worker_invoices (worker_id, period_start);
