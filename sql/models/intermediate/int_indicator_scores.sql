-- placeholder until the reference scorer: no reference score is known yet, and it says why
with indicator_rows as (
    select * from stg_indicator_rows
)

select
    evaluation_id,
    indicator_index,
    cast(null as double) as score_reference,
    'reference scorer not built yet' as score_reference_reason
from indicator_rows
