-- is each indicator row's target met? numbers are compared in one unit; qualitative rows by their level
with indicator_rows as (
    select * from stg_indicator_rows
),

judged as (
    select
        indicator_rows.*,
        coalesce(indicator_rows.target_unit, indicator_rows.actual_unit) as value_unit,
        case
            -- "≥40%" written as the actual: a target, not a measurement; it cannot be judged
            when indicator_rows.actual_operator is not null and indicator_rows.actual_operator <> '=' then null
            when indicator_rows.target_value is not null and indicator_rows.actual_value is not null then
                case
                    when indicator_rows.target_unit is not null and indicator_rows.actual_unit is not null
                        and indicator_rows.target_unit <> indicator_rows.actual_unit then null
                    when coalesce(indicator_rows.target_operator, '>=') = '>='
                        then indicator_rows.actual_value >= indicator_rows.target_value - 1e-9
                    when indicator_rows.target_operator = '<='
                        then indicator_rows.actual_value <= indicator_rows.target_value + 1e-9
                    when indicator_rows.target_operator = '='
                        then abs(indicator_rows.actual_value - indicator_rows.target_value)
                            <= 1e-9 + 0.005 * abs(indicator_rows.target_value)
                end
            when indicator_rows.actual_value is null and indicator_rows.actual_level = 'achieved' then true
            when indicator_rows.actual_value is null and indicator_rows.actual_level in ('partial', 'not_achieved') then false
        end as is_target_met
    from indicator_rows
)

select * from judged
