-- which rule set scores each evaluation: the assignment for its province and year, a named province before '*'
with evaluations as (
    select * from stg_evaluations
),

counties as (
    select * from seed_counties
),

assignments as (
    select
        province,
        cast(year_from as integer) as year_from,
        cast(year_to as integer) as year_to,
        rule_set_id
    from seed_rule_set_assignments
),

rule_sets as (
    select * from int_rule_sets
),

located as (
    select
        evaluations.evaluation_id,
        evaluations.year,
        counties.province as province_name
    from evaluations
    left join counties
        on evaluations.county_code = counties.admin_code
),

candidates as (
    select
        located.evaluation_id,
        rule_sets.*,
        row_number() over (
            partition by located.evaluation_id
            order by case when assignments.province = '*' then 1 else 0 end, rule_sets.version desc
        ) as preference
    from located
    inner join assignments
        on (assignments.province = '*' or assignments.province = located.province_name)
        and coalesce(located.year, assignments.year_from) between assignments.year_from and assignments.year_to
    inner join rule_sets
        on assignments.rule_set_id = rule_sets.rule_set_id
)

select * exclude (preference)
from candidates
where preference = 1
