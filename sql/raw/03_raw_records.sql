-- (no primary key: uniqueness is checked by the data tests, and a key index would slow the appender threefold)
-- one row per evaluation record, as extraction gave it (docs/contract/evaluation-record.md)
create table if not exists raw_records (
    evaluation_id varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    record_index integer not null,
    kind varchar not null,
    year integer,
    unit_name varchar,
    county_name varchar,
    admin_code varchar,
    implementing_unit varchar,
    project varchar,
    budget_initial double,
    budget_adjusted double,
    budget_executed double,
    rate_reported double,
    execution_weight double,
    execution_score_reported double,
    total_score_reported double,
    first_line integer,
    last_line integer,
    warnings varchar,
    batch_id integer not null
);
