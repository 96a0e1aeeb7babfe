-- every project name gets one canonical category: the matching pattern with the lowest priority, else 'other'
with evaluations as (
    select * from stg_evaluations
),

patterns as (
    select
        normalize_name(pattern) as pattern_key,
        category_code,
        cast(priority as integer) as priority
    from seed_project_category_patterns
),

categories as (
    select * from seed_project_categories
),

projects as (
    select distinct project
    from evaluations
    where project is not null
),

candidates as (
    select
        projects.project,
        patterns.category_code,
        patterns.pattern_key,
        row_number() over (
            partition by projects.project
            order by patterns.priority nulls last, length(patterns.pattern_key) desc, patterns.category_code
        ) as candidate_rank
    from projects
    left join patterns
        on contains(normalize_name(projects.project), patterns.pattern_key)
),

chosen as (
    select
        candidates.project,
        coalesce(candidates.category_code, 'other') as category_code,
        candidates.pattern_key as matched_pattern,
        case when candidates.category_code is null then 'default' else 'pattern' end as match_method
    from candidates
    where candidates.candidate_rank = 1
),

labelled as (
    select
        chosen.*,
        coalesce(categories.category_zh, '其他') as category_zh
    from chosen
    left join categories
        on chosen.category_code = categories.category_code
)

select * from labelled
