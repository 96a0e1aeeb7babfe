-- placeholder until the reference scorer: totals of reference scores per evaluation
with evaluations as (
    select * from stg_evaluations
)

select
    evaluation_id,
    cast(null as double) as total_score_reference
from evaluations
