-- grain: county × canonical indicator × year below target. Recurring when below in two or more loaded years
with results as (
    select * from fct_indicator_result
),

evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

indicators as (
    select * from dim_indicator
),

below as (
    select
        units.county_code,
        units.county_name,
        units.province_name,
        results.indicator_code,
        evaluations.year,
        results.target_value,
        results.actual_value,
        results.target_text,
        results.actual_text,
        results.indicator_name as indicator_name_as_written,
        evaluations.source_file,
        results.source_line,
        row_number() over (
            partition by units.county_code, results.indicator_code, evaluations.year
            order by results.actual_value / nullif(results.target_value, 0) nulls last, evaluations.evaluation_id, results.indicator_index
        ) as worst_first
    from results
    inner join evaluations
        on results.evaluation_id = evaluations.evaluation_id
    inner join units
        on evaluations.unit_key = units.unit_key
    where results.is_target_met = false
        and units.county_code <> '000000'
        and evaluations.year is not null
),

gaps as (
    select
        below.county_code,
        below.county_name,
        below.indicator_code,
        coalesce(indicators.indicator_zh, below.indicator_name_as_written) as indicator_name,
        below.year,
        below.target_value,
        below.actual_value,
        count(*) over (partition by below.county_code, below.indicator_code) as years_below_target,
        below.province_name,
        below.target_text,
        below.actual_text,
        count(*) over (partition by below.indicator_code, below.year) as counties_below_target_in_year,
        below.source_file,
        below.source_line
    from below
    left join indicators
        on below.indicator_code = indicators.indicator_code
    where below.worst_first = 1
)

select
    county_code,
    county_name,
    indicator_code,
    indicator_name,
    year,
    target_value,
    actual_value,
    years_below_target,
    years_below_target >= 2 as is_recurring,
    province_name,
    target_text,
    actual_text,
    counties_below_target_in_year,
    source_file,
    source_line
from gaps
