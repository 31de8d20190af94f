-- The cookie supplier: what ordering a cookie needs (command side), and the supplier webhook events taken.
create table supplies_client (
    client_id uuid         not null primary key,
    name      varchar(200) not null,
    email     varchar(254) not null,
    phone     varchar(30)
);

create table supplies_cookie_order (
    kit_id     uuid         not null primary key,
    order_id   uuid         not null,
    client_id  uuid         not null,
    address    varchar(500) not null,
    deliver_by timestamp(6) with time zone not null
);

create table supplier_webhook_event (
    event_id    varchar(200) not null primary key,
    received_at timestamp(6) with time zone not null
);
