-- fct_indicator_result: one row per evaluation and indicator position
select evaluation_id, indicator_index, count(*) as rows
from fct_indicator_result
group by evaluation_id, indicator_index
having count(*) > 1
