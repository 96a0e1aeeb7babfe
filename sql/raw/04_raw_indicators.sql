-- (no primary key: uniqueness is checked by the data tests, and a key index would slow the appender threefold)
-- one row per indicator row of a record; targets and actuals also parsed into operator, value and unit
create table if not exists raw_indicators (
    evaluation_id varchar not null,
    indicator_index integer not null,
    level1 varchar,
    level2 varchar,
    indicator_name varchar not null,
    target_text varchar,
    actual_text varchar,
    weight double,
    score_reported double,
    note varchar,
    unit_text varchar,
    direction_text varchar,
    source_line integer,
    target_operator varchar,
    target_value double,
    target_unit varchar,
    target_level varchar,
    actual_operator varchar,
    actual_value double,
    actual_unit varchar,
    actual_level varchar
);
