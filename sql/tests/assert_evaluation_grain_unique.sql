-- fct_evaluation: one row per evaluation_id
select evaluation_id, count(*) as rows
from fct_evaluation
group by evaluation_id
having count(*) > 1
