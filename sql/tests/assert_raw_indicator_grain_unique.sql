select evaluation_id, indicator_index, count(*) as rows
from raw_indicators
group by evaluation_id, indicator_index
having count(*) > 1
