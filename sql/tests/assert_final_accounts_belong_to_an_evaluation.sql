select accounts.evaluation_id
from fct_final_accounts as accounts
left join fct_evaluation as evaluations
    on accounts.evaluation_id = evaluations.evaluation_id
where evaluations.evaluation_id is null or evaluations.kind <> 'final_accounts'
