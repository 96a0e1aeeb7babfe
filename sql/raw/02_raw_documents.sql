-- (no primary key: uniqueness is checked by the data tests, and a key index would slow the appender threefold)
-- one row per source file name: its current content hash and what became of it
create table if not exists raw_documents (
    file_name varchar not null,
    sha256 varchar not null,
    byte_count bigint not null,
    encoding varchar,
    status varchar not null,
    reason varchar,
    record_count integer not null,
    batch_id integer not null,
    loaded_at timestamp not null
);
