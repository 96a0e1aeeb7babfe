-- public: one row per evaluation record (docs/contract/interfaces.md)
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

described as (
    select
        evaluations.evaluation_id,
        nullif(units.county_code, '000000') as county_code,
        case when units.county_code <> '000000' then units.county_name end as county_name,
        units.province_name,
        nullif(units.unit_name, '未知单位') as unit_name,
        evaluations.year,
        evaluations.kind,
        nullif(projects.project, '(none)') as project,
        case when projects.project <> '(none)' then projects.project_category end as project_category,
        evaluations.budget_initial,
        evaluations.budget_adjusted,
        evaluations.budget_executed,
        evaluations.execution_rate,
        evaluations.execution_rate_vs_initial,
        evaluations.execution_rate_reported,
        evaluations.total_score_reported,
        scores.total_score_reference,
        evaluations.source_file,
        evaluations.first_line,
        evaluations.last_line,
        evaluations.first_page,
        evaluations.last_page,
        units.city_name,
        case when projects.project <> '(none)' then projects.project_category_code end as project_category_code,
        evaluations.execution_weight,
        evaluations.execution_score_reported,
        evaluations.implementing_unit
    from evaluations
    inner join units
        on evaluations.unit_key = units.unit_key
    inner join projects
        on evaluations.project_key = projects.project_key
    left join scores
        on evaluations.evaluation_id = scores.evaluation_id
)

select * from described
