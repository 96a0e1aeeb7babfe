-- (no primary key: uniqueness is checked by the data tests, and a key index would slow the appender threefold)
-- the 部门决算 totals of a final_accounts record, in 万元
create table if not exists raw_final_accounts (
    evaluation_id varchar not null,
    income_total double,
    expenditure_total double,
    basic_expenditure double,
    project_expenditure double,
    personnel_expenditure double,
    public_expenditure double,
    carryover_begin double,
    carryover_end double,
    three_public_total double
);
