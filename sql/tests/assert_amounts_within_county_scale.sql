-- an amount of 100 亿元 (1,000,000 万元) or more is 元 read as 万元: extraction leaves such values null with a warning,
-- so a row here means that check was bypassed
select evaluation_id, 'budget' as part, greatest(budget_initial, budget_adjusted, budget_executed) as largest
from fct_evaluation
where budget_initial >= 1000000 or budget_adjusted >= 1000000 or budget_executed >= 1000000

union all

select evaluation_id, 'final_accounts' as part, greatest(income_total, expenditure_total, basic_expenditure, project_expenditure, carryover_begin, carryover_end) as largest
from fct_final_accounts
where greatest(income_total, expenditure_total, basic_expenditure, project_expenditure, carryover_begin, carryover_end) >= 1000000
