-- the reference scorer's rule sets, typed (sql/seeds/rule_sets.csv)
with rule_sets as (
    select * from seed_rule_sets
),

typed as (
    select
        rule_set_id,
        cast(version as integer) as version,
        name_zh as rule_set_name,
        cast(execution_cap as boolean) as execution_cap,
        reverse_method,
        cast(achieved_min as double) as achieved_min,
        cast(achieved_max as double) as achieved_max,
        cast(partial_min as double) as partial_min,
        cast(partial_max as double) as partial_max,
        cast(not_achieved_min as double) as not_achieved_min,
        cast(not_achieved_max as double) as not_achieved_max,
        cast(grade_excellent as double) as grade_excellent,
        cast(grade_good as double) as grade_good,
        cast(grade_fair as double) as grade_fair,
        cast(total_cap as double) as total_cap
    from rule_sets
)

select * from typed
