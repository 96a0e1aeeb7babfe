select results.evaluation_id, results.indicator_index, results.indicator_code
from fct_indicator_result as results
left join dim_indicator as indicators
    on results.indicator_code = indicators.indicator_code
where indicators.indicator_code is null
