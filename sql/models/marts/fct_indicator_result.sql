-- grain: indicator row of an evaluation record
-- carries its county, year and reference score, and is stored in county order: a county's drill-down (the dashboard's
-- /counties/{code}) then reads a few row groups instead of joining 3 million rows to the scores at every request
with judged as (
    select * from int_indicator_results_judged
),

matched as (
    select * from int_indicator_names_matched
),

evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

scores as (
    select * from int_indicator_scores
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
        judged.source_line,
        nullif(units.county_code, '000000') as county_code,
        evaluations.year,
        scores.score_reference,
        scores.score_reference_reason
    from judged
    inner join matched
        on judged.indicator_name = matched.indicator_name
    -- left joins: a row without its evaluation stays, for assert_indicator_rows_belong_to_an_evaluation to find
    left join evaluations
        on judged.evaluation_id = evaluations.evaluation_id
    left join units
        on evaluations.unit_key = units.unit_key
    left join scores
        on judged.evaluation_id = scores.evaluation_id
        and judged.indicator_index = scores.indicator_index
)

-- county order is what the drill-down needs; sorting on more keys costs a second more at national scale for nothing
select * from results
order by county_code
