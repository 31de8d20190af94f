-- Supplies and matching (the order lifecycle, first part).

-- command side: matching's own list of hired workers and their taken slots
create table matching_worker (
    worker_id uuid        not null primary key,
    code      varchar(20) not null
);

create table matching_reservation (
    order_id  uuid not null primary key,
    worker_id uuid not null,
    start_at  timestamp(6) with time zone not null,
    end_at    timestamp(6) with time zone not null
);
create index matching_reservation_worker_idx on matching_reservation (worker_id, start_at);

-- query side
create table supply_kit_view (
    id                uuid         not null primary key,
    order_id          uuid         not null,
    status            varchar(30)  not null,
    cookie_status     varchar(20)  not null,
    supplier_order_id varchar(100),
    packed            boolean      not null,
    deliver_by        timestamp(6) with time zone not null,
    created_at        timestamp(6) with time zone not null
);
create index supply_kit_view_status_idx on supply_kit_view (status, deliver_by);
