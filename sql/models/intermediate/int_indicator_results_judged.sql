-- materialized: table
-- is each indicator row's target met? numbers are compared in one unit; qualitative rows by their level
with indicator_rows as (
    select * from stg_indicator_rows
),

comparable as (
    select
        indicator_rows.*,
        -- one unit, or a bare number beside a unit other than a ratio ("140" against "100%" is no comparison)
        indicator_rows.target_value is not null
            and indicator_rows.actual_value is not null
            and (
                indicator_rows.target_unit = indicator_rows.actual_unit
                or (indicator_rows.target_unit is null and indicator_rows.actual_unit is null)
                or (indicator_rows.target_unit is null and indicator_rows.actual_unit <> 'ratio')
                or (indicator_rows.actual_unit is null and indicator_rows.target_unit <> 'ratio')
                or (indicator_rows.target_unit is null and indicator_rows.actual_unit = 'ratio' and indicator_rows.target_value <= 1.5)
                or (indicator_rows.actual_unit is null and indicator_rows.target_unit = 'ratio' and indicator_rows.actual_value <= 1.5)
            ) as is_quantitative,
        -- the same words, spaces aside (a plain replace: a regex per row costs seconds at national scale)
        replace(indicator_rows.actual_text, ' ', '') = replace(indicator_rows.target_text, ' ', '') as actual_repeats_target
    from indicator_rows
),

judged as (
    select
        comparable.*,
        coalesce(comparable.target_unit, comparable.actual_unit) as value_unit,
        case
            -- "≥40%" written as the actual: a target, not a measurement; it cannot be judged
            when comparable.actual_operator is not null and comparable.actual_operator <> '=' then null
            when comparable.is_quantitative then
                case
                    when coalesce(comparable.target_operator, '>=') = '>='
                        then comparable.actual_value >= comparable.target_value - 1e-9
                    when comparable.target_operator = '<='
                        then comparable.actual_value <= comparable.target_value + 1e-9
                    when comparable.target_operator = '='
                        then abs(comparable.actual_value - comparable.target_value) <= 1e-9 + 0.005 * abs(comparable.target_value)
                end
            when comparable.target_value is not null and comparable.actual_value is not null then null
            -- qualitative: the actual says the target's own words, or a level at least the target's
            when comparable.actual_repeats_target then true
            when comparable.actual_level = 'achieved' then true
            when comparable.actual_level = 'partial' and comparable.target_level = 'partial' then true
            when comparable.actual_level in ('partial', 'not_achieved') then false
        end as is_target_met
    from comparable
)

select * from judged
