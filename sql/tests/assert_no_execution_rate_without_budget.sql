select evaluation_id, budget_adjusted, execution_rate
from fct_evaluation
where execution_rate is not null
    and (budget_adjusted is null or budget_adjusted <= 0)
