-- the join to the matched names must not lose or multiply rows
select count(*) as staged, (select count(*) from fct_indicator_result) as in_fact
from stg_indicator_rows
having count(*) <> (select count(*) from fct_indicator_result)
