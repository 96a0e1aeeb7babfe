-- grain: indicator row of an evaluation record
with judged as (
    select * from int_indicator_results_judged
),

matched as (
    select * from int_indicator_names_matched
),

results as (
    select
        judged.evaluation_id,
        judged.indicator_index,
        matched.indicator_code,
        matched.match_method as indicator_match_method,
        matched.similarity as indicator_match_similarity,
        judged.indicator_name,
        judged.level1,
        judged.level2,
        judged.target_text,
        judged.target_operator,
        judged.target_value,
        judged.target_level,
        judged.actual_text,
        judged.actual_operator,
        judged.actual_value,
        judged.actual_level,
        judged.value_unit,
        judged.weight,
        judged.score_reported,
        judged.is_target_met,
        judged.note,
        judged.source_line
    from judged
    inner join matched
        on judged.indicator_name = matched.indicator_name
)

select * from results
