-- grain: evaluation record (one project's or one department's self-evaluation, a summary row, or final accounts)
with evaluations as (
    select * from stg_evaluations
),

units as (
    select * from dim_unit
),

projects as (
    select * from dim_project
),

keyed as (
    select
        evaluations.evaluation_id,
        units.unit_key,
        projects.project_key,
        evaluations.year,
        evaluations.kind,
        evaluations.budget_initial,
        evaluations.budget_adjusted,
        evaluations.budget_executed,
        case
            when evaluations.budget_adjusted > 0 then evaluations.budget_executed / evaluations.budget_adjusted
        end as execution_rate,
        case
            when evaluations.budget_initial > 0 then evaluations.budget_executed / evaluations.budget_initial
        end as execution_rate_vs_initial,
        evaluations.execution_rate_reported,
        evaluations.execution_weight,
        evaluations.execution_score_reported,
        evaluations.total_score_reported,
        evaluations.implementing_unit,
        evaluations.source_file,
        evaluations.first_line,
        evaluations.last_line,
        evaluations.first_page,
        evaluations.last_page,
        evaluations.warnings,
        evaluations.origin
    from evaluations
    inner join units
        on coalesce(evaluations.unit_name, '未知单位') = units.unit_name
        and coalesce(evaluations.county_code, '000000') = units.county_code
    inner join projects
        on coalesce(evaluations.project, '(none)') = projects.project
)

select * from keyed
