-- materialized: table
-- totals per evaluation: the reference total (execution + indicators, capped) when every part can be scored, and the
-- reported and reference sums over the parts that can be compared (for score inflation)
with evaluations as (
    select * from stg_evaluations
),

indicator_rows as (
    select * from stg_indicator_rows
),

indicator_scores as (
    select * from int_indicator_scores
),

execution_scores as (
    select * from int_execution_scores
),

rule_sets as (
    select * from int_evaluation_rule_sets
),

indicator_totals as (
    select
        indicator_rows.evaluation_id,
        count(*) as indicator_rows,
        count(indicator_scores.score_reference) as scored_rows,
        sum(indicator_scores.score_reference) as indicator_reference,
        sum(case when indicator_scores.score_reference is not null and indicator_rows.score_reported is not null
            then indicator_rows.score_reported end) as comparable_reported,
        sum(case when indicator_scores.score_reference is not null and indicator_rows.score_reported is not null
            then indicator_scores.score_reference end) as comparable_reference,
        count(case when indicator_scores.score_reference is not null and indicator_rows.score_reported is not null then 1 end)
            as comparable_rows
    from indicator_rows
    inner join indicator_scores
        on indicator_rows.evaluation_id = indicator_scores.evaluation_id
        and indicator_rows.indicator_index = indicator_scores.indicator_index
    group by indicator_rows.evaluation_id
),

combined as (
    select
        evaluations.evaluation_id,
        rule_sets.rule_set_id,
        coalesce(indicator_totals.indicator_rows, 0) as indicator_rows,
        coalesce(indicator_totals.scored_rows, 0) as scored_rows,
        execution_scores.execution_score_reference,
        execution_scores.execution_score_reported,
        execution_scores.execution_weight,
        indicator_totals.indicator_reference,
        coalesce(indicator_totals.comparable_reported, 0)
            + case when execution_scores.execution_score_reference is not null
                then coalesce(execution_scores.execution_score_reported, 0) else 0 end as comparable_reported,
        coalesce(indicator_totals.comparable_reference, 0)
            + case when execution_scores.execution_score_reported is not null
                then coalesce(execution_scores.execution_score_reference, 0) else 0 end as comparable_reference,
        coalesce(indicator_totals.comparable_rows, 0)
            + case when execution_scores.execution_score_reference is not null and execution_scores.execution_score_reported is not null
                then 1 else 0 end as comparable_rows,
        rule_sets.total_cap,
        rule_sets.grade_excellent,
        rule_sets.grade_good,
        rule_sets.grade_fair
    from evaluations
    left join indicator_totals
        on evaluations.evaluation_id = indicator_totals.evaluation_id
    left join execution_scores
        on evaluations.evaluation_id = execution_scores.evaluation_id
    left join rule_sets
        on evaluations.evaluation_id = rule_sets.evaluation_id
),

totals as (
    select
        combined.*,
        case
            when indicator_rows = 0 then null
            when scored_rows < indicator_rows then null
            when execution_weight is not null and execution_score_reference is null then null
            else round(least(coalesce(execution_score_reference, 0) + indicator_reference, total_cap), 4)
        end as total_score_reference,
        case
            when indicator_rows = 0 then 'no indicator rows'
            when scored_rows < indicator_rows then (indicator_rows - scored_rows) || ' of ' || indicator_rows || ' indicator rows have no reference score'
            when execution_weight is not null and execution_score_reference is null then 'the execution row has no reference score'
        end as total_score_reference_reason
    from combined
)

select
    evaluation_id,
    rule_set_id,
    total_score_reference,
    total_score_reference_reason,
    case
        when total_score_reference is null then null
        when total_score_reference >= grade_excellent then '优'
        when total_score_reference >= grade_good then '良'
        when total_score_reference >= grade_fair then '中'
        else '差'
    end as grade_reference,
    execution_score_reference,
    comparable_rows,
    comparable_reported,
    comparable_reference,
    comparable_reported - comparable_reference as inflation
from totals
