-- Quality reviews: each order's parties and its open reviews (command side), and the reviews' views.
create table reviews_order (
    order_id  uuid not null primary key,
    client_id uuid not null,
    worker_id uuid
);

create table reviews_open (
    review_id uuid not null primary key,
    order_id  uuid not null
);
create index reviews_open_order on reviews_open (order_id);

create table review_view (
    id               uuid          not null primary key,
    order_id         uuid          not null,
    client_id        uuid          not null,
    status           varchar(10)   not null,
    review_trigger   varchar(20)   not null,
    opened_at        timestamp(6) with time zone not null,
    verdict          varchar(20),
    client_contacted boolean,
    findings         varchar(4000),
    actions          varchar(4000),
    completed_by     uuid,
    completed_at     timestamp(6) with time zone
);
create index review_view_status on review_view (status, opened_at);

-- The clients' contacts, for a review's page.
create table review_client (
    client_id uuid         not null primary key,
    name      varchar(200) not null,
    email     varchar(254) not null,
    phone     varchar(30)
);
