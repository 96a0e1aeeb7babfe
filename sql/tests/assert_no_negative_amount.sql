select evaluation_id, budget_initial, budget_adjusted, budget_executed
from fct_evaluation
where budget_initial < 0 or budget_adjusted < 0 or budget_executed < 0
