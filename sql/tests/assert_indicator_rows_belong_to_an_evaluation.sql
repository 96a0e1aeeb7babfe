select results.evaluation_id, results.indicator_index
from fct_indicator_result as results
left join fct_evaluation as evaluations
    on results.evaluation_id = evaluations.evaluation_id
where evaluations.evaluation_id is null
