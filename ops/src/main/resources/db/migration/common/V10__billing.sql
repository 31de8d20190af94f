-- Billing's command side: what the period closes and the payouts need, and the Golden Hat webhook events taken.

-- Accounts billing may bill (clients) or pay (workers, with their Golden Hat payout account), from their registration.
create table billing_account (
    account_id uuid        not null primary key,
    role           varchar(20)  not null,
    payout_account varchar(100)
);

-- Each order's client, so that a charge, a drop or a credit reaches the client's account.
create table billing_order (
    order_id  uuid    not null primary key,
    client_id uuid    not null,
    priced    boolean not null
);

-- Accounts with activity in a period not yet closed for them: what a period close works through.
create table billing_due (
    kind         varchar(20) not null,
    account_id   uuid        not null,
    period_start date        not null,
    primary key (kind, account_id, period_start)
);

-- Period closes, asked by a manager or by the calendar.
create table billing_run (
    id           uuid        not null primary key,
    kind         varchar(20) not null,
    period_end   date        not null,
    requested_by uuid,
    requested_at timestamp(6) with time zone not null,
    started_at   timestamp(6) with time zone,
    finished_at  timestamp(6) with time zone,
    accounts     integer     not null default 0,
    invoices     integer     not null default 0
);

-- The last period the calendar closed, per kind: where a catch-up after downtime starts.
create table billing_cursor (
    kind            varchar(20) not null primary key,
    last_period_end date        not null
);

create table golden_hat_webhook_event (
    event_id    varchar(200) not null primary key,
    received_at timestamp(6) with time zone not null
);
