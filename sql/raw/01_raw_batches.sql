-- one row per load: what it saw and what it did
create table if not exists raw_batches (
    batch_id integer primary key,
    started_at timestamp not null,
    finished_at timestamp,
    documents_seen integer,
    documents_loaded integer,
    documents_replaced integer,
    documents_unchanged integer,
    documents_quarantined integer,
    records_loaded integer,
    status varchar not null
);
