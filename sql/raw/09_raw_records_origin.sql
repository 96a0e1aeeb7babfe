-- where a record was read from: a table, a prose report, a summary row or final accounts
alter table raw_records add column if not exists origin varchar;
