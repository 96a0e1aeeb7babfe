-- a loaded document says how many records it gave; the warehouse holds exactly those
with counted as (
    select source_file, count(*) as records
    from fct_evaluation
    group by source_file
)

select documents.file_name, documents.record_count, coalesce(counted.records, 0) as records
from documents
left join counted
    on documents.file_name = counted.source_file
where documents.record_count <> coalesce(counted.records, 0)
