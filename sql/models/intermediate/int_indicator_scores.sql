-- materialized: table
-- the reference scorer: every indicator row re-scored under its evaluation's rule set; null with the reason when it
-- cannot be (docs/analytics.md)
with judged as (
    select * from int_indicator_results_judged
),

rule_sets as (
    select * from int_evaluation_rule_sets
),

inputs as (
    select
        judged.evaluation_id,
        judged.indicator_index,
        judged.weight,
        judged.score_reported,
        judged.target_operator,
        judged.target_value,
        judged.target_unit,
        judged.actual_operator,
        judged.actual_value,
        judged.actual_unit,
        judged.actual_level,
        judged.actual_text,
        judged.is_target_met,
        rule_sets.rule_set_id,
        rule_sets.reverse_method,
        rule_sets.achieved_min,
        rule_sets.achieved_max,
        rule_sets.partial_min,
        rule_sets.partial_max,
        rule_sets.not_achieved_min,
        rule_sets.not_achieved_max,
        judged.is_quantitative,
        -- a qualitative row is scored by the band of what it achieved: met counts as 达成
        case when judged.is_target_met then 'achieved' else judged.actual_level end as achieved_level
    from judged
    left join rule_sets
        on judged.evaluation_id = rule_sets.evaluation_id
),

scored as (
    select
        inputs.*,
        case
            when weight is null then null
            when actual_text is null then null
            when actual_operator is not null and actual_operator <> '=' then null
            when is_quantitative and coalesce(target_operator, '>=') = '>=' then
                case
                    when target_value <= 0 then weight
                    else weight * least(actual_value / target_value, 1.0)
                end
            when is_quantitative and target_operator = '<=' then
                case
                    when actual_value <= target_value then weight
                    when reverse_method = 'linear' then weight * greatest(0.0, 1.0 - (actual_value - target_value) / target_value)
                    else weight * target_value / actual_value
                end
            when is_quantitative and target_operator = '=' then
                case
                    when abs(actual_value - target_value) <= 1e-9 + 0.005 * abs(target_value) then weight
                    when greatest(actual_value, target_value) <= 0 then null
                    else weight * least(actual_value, target_value) / greatest(actual_value, target_value)
                end
            when achieved_level = 'achieved' then weight * achieved_max
            when achieved_level = 'partial' then weight * partial_max
            when achieved_level = 'not_achieved' then weight * not_achieved_max
        end as score_reference,
        case
            when weight is null then 'no weight on the row (a merged group or no 分值 column)'
            when actual_text is null then 'no actual value'
            when actual_operator is not null and actual_operator <> '=' then 'the actual is written as a target'
            when is_quantitative and target_operator = '<=' and actual_value > target_value and target_value <= 0 then 'a reverse target of zero'
            when is_quantitative then null
            when target_value is not null and actual_value is not null then 'target and actual are in different units'
            when achieved_level is null then 'the actual states no level of achievement'
        end as score_reference_reason,
        case
            when is_quantitative then null
            when achieved_level = 'achieved' then weight * achieved_min
            when achieved_level = 'partial' then weight * partial_min
            when achieved_level = 'not_achieved' then weight * not_achieved_min
        end as band_min,
        case
            when is_quantitative then null
            when achieved_level = 'achieved' then weight * achieved_max
            when achieved_level = 'partial' then weight * partial_max
            when achieved_level = 'not_achieved' then weight * not_achieved_max
        end as band_max
    from inputs
)

select
    evaluation_id,
    indicator_index,
    rule_set_id,
    round(score_reference, 4) as score_reference,
    case when score_reference is null then coalesce(score_reference_reason, 'not scorable') end as score_reference_reason,
    is_quantitative,
    band_min,
    band_max
from scored
