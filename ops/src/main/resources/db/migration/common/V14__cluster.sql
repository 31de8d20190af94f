-- The nodes of one Catwork cluster (every node on this database), their heartbeats and the processors each runs,
-- read to split each processor's segments between the nodes alive that run it (io.catwork.ops.cluster).
create table catwork_node (
    node_id      varchar(100) not null primary key,
    started_at   timestamp(6) with time zone not null,
    heartbeat_at timestamp(6) with time zone not null,
    processors   varchar(8000) not null   -- the streaming processors it runs, comma-separated
);

-- The replays managers asked for, one row per processor (the last one): every node releases the processor's segments
-- while a replay is REQUESTED, the node that was asked resets the tokens and marks it RUNNING; it is over when every
-- segment has passed head_at_start.
create table processor_replay (
    processor_name varchar(255) not null primary key,
    state          varchar(20)  not null,
    requested_by   varchar(100) not null,
    requested_at   timestamp(6) with time zone not null,
    started_at     timestamp(6) with time zone,
    head_at_start  bigint,
    finished_at    timestamp(6) with time zone
);
