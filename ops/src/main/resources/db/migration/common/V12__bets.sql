-- Bets: whether each order still takes bets and which order each bet is on (command side), and the pools' views.
create table bets_order (
    order_id uuid    not null primary key,
    open     boolean not null
);

create table bets_bet (
    bet_id   uuid not null primary key,
    order_id uuid not null
);
create index bets_bet_order on bets_bet (order_id);

create table bet_pool_view (
    order_id         uuid           not null primary key,
    status           varchar(20)    not null,
    pot              numeric(19, 2) not null,
    developers_share numeric(19, 2) not null
);

create table bet_view (
    bet_id     uuid           not null primary key,
    order_id   uuid           not null,
    manager_id uuid           not null,
    amount     numeric(19, 2) not null,
    outcome    varchar(20)    not null,
    position   integer        not null,
    payout     numeric(19, 2),
    paid       boolean        not null
);
create index bet_view_order on bet_view (order_id, position);
