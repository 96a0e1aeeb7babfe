-- grain: county × year. A county's money is its department-level records where it has them, else its projects,
-- else its summary rows (never the sum of both: a department total already holds its projects)
with evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

located as (
    select
        evaluations.*,
        units.county_code,
        units.county_name,
        units.province_name,
        case evaluations.kind
            when 'department_self_eval' then 1
            when 'project_self_eval' then 2
            else 3
        end as money_level,
        -- a report evaluating projects a table of the same county and year already gives would count them twice
        count(case when evaluations.origin = 'table' then 1 end) over (
            partition by units.county_code, evaluations.year, evaluations.kind
        ) as table_records
    from evaluations
    inner join units
        on evaluations.unit_key = units.unit_key
    where units.county_code <> '000000'
        and evaluations.kind <> 'final_accounts'
        and evaluations.year is not null
),

chosen as (
    select *
    from located
    where not (origin = 'report' and table_records > 0)
    qualify money_level = min(money_level) over (partition by county_code, year)
),

totals as (
    select
        county_code,
        any_value(county_name) as county_name,
        any_value(province_name) as province_name,
        year,
        count(*) as evaluations,
        sum(budget_adjusted) as budget_adjusted,
        sum(case when budget_adjusted > 0 then budget_executed end) as budget_executed,
        sum(case when budget_initial > 0 then budget_initial end) as budget_initial,
        sum(case when budget_initial > 0 then budget_executed end) as executed_against_initial
    from chosen
    group by county_code, year
),

rates as (
    select
        totals.*,
        case when budget_adjusted > 0 then budget_executed / budget_adjusted end as execution_rate,
        case when budget_initial > 0 then executed_against_initial / budget_initial end as execution_rate_vs_initial
    from totals
),

windowed as (
    -- PEFA PI-1: outturn against the original budget, judged over the last three years where three are loaded
    select
        rates.*,
        count(execution_rate_vs_initial) over recent as years_in_window,
        count(case when execution_rate_vs_initial between 0.95 and 1.05 then 1 end) over recent as years_in_a,
        count(case when execution_rate_vs_initial between 0.90 and 1.10 then 1 end) over recent as years_in_b,
        count(case when execution_rate_vs_initial between 0.85 and 1.15 then 1 end) over recent as years_in_c
    from rates
    window recent as (partition by county_code order by year range between 2 preceding and current row)
),

banded as (
    select
        windowed.*,
        case
            when execution_rate_vs_initial is null then null
            when years_in_window >= 3 then
                case
                    when years_in_a >= 2 then 'A'
                    when years_in_b >= 2 then 'B'
                    when years_in_c >= 2 then 'C'
                    else 'D'
                end
            when execution_rate_vs_initial between 0.95 and 1.05 then 'A'
            when execution_rate_vs_initial between 0.90 and 1.10 then 'B'
            when execution_rate_vs_initial between 0.85 and 1.15 then 'C'
            else 'D'
        end as pefa_band
    from windowed
),

ranked as (
    select
        banded.*,
        case when execution_rate is not null then
            rank() over (partition by province_name, year order by execution_rate desc nulls last)
        end as rank,
        median(execution_rate) over (partition by province_name, year) as peer_median
    from banded
)

select
    county_code,
    county_name,
    year,
    budget_adjusted,
    budget_executed,
    execution_rate,
    budget_initial,
    execution_rate_vs_initial,
    pefa_band,
    rank,
    peer_median,
    province_name,
    evaluations
from ranked
