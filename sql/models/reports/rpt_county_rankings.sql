-- grain: county × year × project category ('全部' = all) × metric. Each metric ranked among the counties of the same
-- province, with the peer median; rank 1 is the highest execution rate, the most inflation, the most gaps
with evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

projects as (
    select * from dim_project
),

scores as (
    select * from int_evaluation_scores
),

results as (
    select * from fct_indicator_result
),

county_rates as (
    select * from rpt_execution_rates
),

county_inflation as (
    select * from rpt_score_inflation
),

located as (
    select
        evaluations.evaluation_id,
        evaluations.kind,
        evaluations.year,
        evaluations.budget_adjusted,
        evaluations.budget_executed,
        units.county_code,
        units.county_name,
        units.province_name,
        projects.project_category
    from evaluations
    inner join units
        on evaluations.unit_key = units.unit_key
    inner join projects
        on evaluations.project_key = projects.project_key
    where units.county_code <> '000000'
        and evaluations.year is not null
),

category_rates as (
    select
        county_code,
        any_value(county_name) as county_name,
        any_value(province_name) as province_name,
        year,
        project_category,
        'execution_rate' as metric,
        sum(case when budget_adjusted > 0 then budget_executed end) / nullif(sum(budget_adjusted), 0) as value
    from located
    where kind in ('project_self_eval', 'evaluation_summary_row')
    group by county_code, year, project_category
),

all_rates as (
    select county_code, county_name, province_name, year, '全部' as project_category, 'execution_rate' as metric, execution_rate as value
    from county_rates
),

category_inflation as (
    select
        located.county_code,
        any_value(located.county_name) as county_name,
        any_value(located.province_name) as province_name,
        located.year,
        located.project_category,
        'score_inflation' as metric,
        sum(scores.inflation) as value
    from located
    inner join scores
        on located.evaluation_id = scores.evaluation_id
    where scores.comparable_rows > 0
        and located.kind = 'project_self_eval'
    group by located.county_code, located.year, located.project_category
),

all_inflation as (
    select county_code, county_name, province_name, year, '全部' as project_category, 'score_inflation' as metric, inflation as value
    from county_inflation
),

gap_rows as (
    select
        located.county_code,
        located.county_name,
        located.province_name,
        located.year,
        located.project_category,
        results.is_target_met
    from results
    inner join located
        on results.evaluation_id = located.evaluation_id
),

category_gaps as (
    select
        county_code,
        any_value(county_name) as county_name,
        any_value(province_name) as province_name,
        year,
        project_category,
        'gap_count' as metric,
        cast(count(case when is_target_met = false then 1 end) as double) as value
    from gap_rows
    group by county_code, year, project_category
),

all_gaps as (
    select
        county_code,
        any_value(county_name) as county_name,
        any_value(province_name) as province_name,
        year,
        '全部' as project_category,
        'gap_count' as metric,
        cast(count(case when is_target_met = false then 1 end) as double) as value
    from gap_rows
    group by county_code, year
),

metrics as (
    select * from category_rates
    union all select * from all_rates
    union all select * from category_inflation
    union all select * from all_inflation
    union all select * from category_gaps
    union all select * from all_gaps
),

ranked as (
    select
        metrics.*,
        case when value is not null then
            rank() over (partition by province_name, year, project_category, metric order by value desc nulls last)
        end as rank,
        median(value) over (partition by province_name, year, project_category, metric) as peer_median,
        count(value) over (partition by province_name, year, project_category, metric) as peers
    from metrics
)

select * from ranked
