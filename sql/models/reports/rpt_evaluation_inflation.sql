-- grain: evaluation. Reported against reference score of one self-evaluation, over its comparable rows
with scores as (
    select * from int_evaluation_scores
),

evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

projects as (
    select * from dim_project
),

described as (
    select
        evaluations.evaluation_id,
        nullif(units.county_code, '000000') as county_code,
        units.county_name,
        units.province_name,
        units.unit_name,
        evaluations.year,
        evaluations.kind,
        nullif(projects.project, '(none)') as project,
        scores.rule_set_id,
        evaluations.total_score_reported,
        scores.total_score_reference,
        scores.total_score_reference_reason,
        scores.grade_reference,
        scores.comparable_rows,
        round(scores.comparable_reported, 4) as score_reported,
        round(scores.comparable_reference, 4) as score_reference,
        round(scores.inflation, 4) as inflation,
        evaluations.source_file,
        evaluations.first_line,
        evaluations.last_line
    from scores
    inner join evaluations
        on scores.evaluation_id = evaluations.evaluation_id
    inner join units
        on evaluations.unit_key = units.unit_key
    inner join projects
        on evaluations.project_key = projects.project_key
),

ranked as (
    select
        described.*,
        case when comparable_rows > 0 then rank() over (partition by year order by inflation desc nulls last) end as rank
    from described
)

select * from ranked
