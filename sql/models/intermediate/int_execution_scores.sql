-- materialized: table
-- the execution row re-scored: weight × execution rate, capped at the weight where the rule set says so
with evaluations as (
    select * from stg_evaluations
),

rule_sets as (
    select * from int_evaluation_rule_sets
),

rates as (
    select
        evaluations.evaluation_id,
        evaluations.execution_weight,
        evaluations.execution_score_reported,
        case
            when evaluations.budget_adjusted > 0 and evaluations.budget_executed is not null
                then evaluations.budget_executed / evaluations.budget_adjusted
            else evaluations.execution_rate_reported
        end as rate,
        rule_sets.rule_set_id,
        rule_sets.execution_cap
    from evaluations
    left join rule_sets
        on evaluations.evaluation_id = rule_sets.evaluation_id
),

scored as (
    select
        evaluation_id,
        rule_set_id,
        execution_weight,
        execution_score_reported,
        rate,
        case
            when execution_weight is null or rate is null then null
            when execution_cap then least(execution_weight * rate, execution_weight)
            else execution_weight * rate
        end as execution_score_reference,
        case
            when execution_weight is null then 'no weight for the execution rate'
            when rate is null then 'no execution rate: no budget and no reported rate'
        end as execution_score_reference_reason
    from rates
)

select
    evaluation_id,
    rule_set_id,
    execution_weight,
    execution_score_reported,
    rate,
    round(execution_score_reference, 4) as execution_score_reference,
    execution_score_reference_reason
from scored
