-- grain: canonical indicator; wordings without a synonym get a code of their own so that they stay comparable
with seeded as (
    select * from seed_indicators
),

matched as (
    select * from int_indicator_names_matched
),

known as (
    select
        indicator_code,
        indicator_zh,
        direction,
        nullif(value_unit, '') as value_unit,
        'seed' as origin
    from seeded
),

unmatched as (
    select
        indicator_code,
        min(indicator_name) as indicator_zh,
        null as direction,
        null as value_unit,
        'unmatched' as origin
    from matched
    where match_method = 'unmatched'
    group by indicator_code
)

select * from known
union all
select * from unmatched
