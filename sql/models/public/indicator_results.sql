-- public: one row per indicator row (docs/contract/interfaces.md)
with results as (
    select * from fct_indicator_result
),

public_evaluations as (
    select * from evaluations
),

described as (
    select
        results.evaluation_id,
        results.county_code,
        public_evaluations.county_name,
        results.year,
        public_evaluations.project,
        public_evaluations.project_category,
        results.indicator_name,
        results.indicator_code,
        results.level1,
        results.level2,
        results.target_text,
        results.target_operator,
        results.target_value,
        results.actual_text,
        results.actual_value,
        results.value_unit,
        results.weight,
        results.score_reported,
        results.score_reference,
        results.is_target_met,
        public_evaluations.source_file,
        coalesce(results.source_line, public_evaluations.first_line) as first_line,
        coalesce(results.source_line, public_evaluations.last_line) as last_line,
        results.indicator_index,
        results.indicator_match_method,
        results.score_reference_reason,
        public_evaluations.unit_name,
        public_evaluations.province_name,
        -- how far the target was reached (1 = on target): actual ÷ target for a level to reach, target ÷ actual for a
        -- ceiling, smaller ÷ larger for an exact value; null where the row could not be judged
        case
            when results.is_target_met is null or not (results.target_value > 0 and results.actual_value > 0) then null
            when results.target_operator = '<=' then results.target_value / results.actual_value
            when results.target_operator = '=' then
                least(results.target_value, results.actual_value) / greatest(results.target_value, results.actual_value)
            else results.actual_value / results.target_value
        end as achievement
    from results
    inner join public_evaluations
        on results.evaluation_id = public_evaluations.evaluation_id
)

select * from described
