-- spending five times the budget is a misread cell (an amount taken from another column), not overspending:
-- extraction leaves a rate above 500 % null, so a row here is a reading that slipped through
select evaluation_id, budget_adjusted, budget_executed
from fct_evaluation
where budget_adjusted > 0 and budget_executed > 5 * budget_adjusted
