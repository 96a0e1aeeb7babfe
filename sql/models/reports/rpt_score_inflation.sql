-- grain: county × year. Inflation = reported − reference over the rows whose reference score is known
with scores as (
    select * from int_evaluation_scores
),

evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

located as (
    select
        units.county_code,
        units.county_name,
        units.province_name,
        evaluations.year,
        scores.comparable_rows,
        scores.comparable_reported,
        scores.comparable_reference
    from scores
    inner join evaluations
        on scores.evaluation_id = evaluations.evaluation_id
    inner join units
        on evaluations.unit_key = units.unit_key
    where units.county_code <> '000000'
        and evaluations.year is not null
        and scores.comparable_rows > 0
),

totals as (
    select
        county_code,
        any_value(county_name) as county_name,
        any_value(province_name) as province_name,
        year,
        count(*) as evaluations,
        round(sum(comparable_reported), 4) as score_reported,
        round(sum(comparable_reference), 4) as score_reference,
        round(sum(comparable_reported) - sum(comparable_reference), 4) as inflation,
        sum(comparable_rows) as comparable_rows
    from located
    group by county_code, year
),

ranked as (
    select
        totals.*,
        rank() over (partition by year order by inflation desc) as rank,
        median(inflation) over (partition by province_name, year) as peer_median
    from totals
)

select
    county_code,
    county_name,
    year,
    evaluations,
    score_reported,
    score_reference,
    inflation,
    rank,
    province_name,
    peer_median,
    comparable_rows
from ranked
