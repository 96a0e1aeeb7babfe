-- grain: project as named in the reports, with its canonical category
with categorized as (
    select * from int_projects_categorized
),

unknown as (
    select
        '(none)' as project,
        'none' as category_code,
        null as matched_pattern,
        'none' as match_method,
        '无项目（部门整体或决算）' as category_zh
),

projects as (
    select project, category_code, matched_pattern, match_method, category_zh from categorized
    union all
    select project, category_code, matched_pattern, match_method, category_zh from unknown
),

keyed as (
    select
        md5(project) as project_key,
        project,
        category_code as project_category_code,
        category_zh as project_category,
        matched_pattern,
        match_method
    from projects
)

select * from keyed
