-- Check-in and report photos, outside the events (which carry id and SHA-256).
create table photo (
    id         uuid         not null primary key,
    media_type varchar(20)  not null,
    sha256     varchar(64)  not null,
    size_bytes integer      not null,
    content    ${binary}    not null,
    created_at timestamp(6) with time zone not null
);
