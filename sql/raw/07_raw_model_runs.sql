-- every models run and its data-test results
create table if not exists raw_data_test_results (
    run_at timestamp not null,
    test_name varchar not null,
    failing_rows bigint not null,
    passed boolean not null
);
