-- grain: budget year, every year from the first to the last one loaded
with evaluations as (
    select * from stg_evaluations
),

bounds as (
    select min(year) as first_year, max(year) as last_year
    from evaluations
    where year is not null
),

years as (
    select unnest(range(first_year, last_year + 1)) as year
    from bounds
    where first_year is not null
)

select cast(year as integer) as year from years
