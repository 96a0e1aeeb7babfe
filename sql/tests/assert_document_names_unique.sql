-- the loader keeps one row per source file name
select file_name, count(*) as rows
from raw_documents
group by file_name
having count(*) > 1
