-- public: every source document and what became of it (docs/contract/interfaces.md)
with documents as (
    select * from stg_documents
)

select
    file_name,
    sha256,
    status,
    reason,
    record_count,
    loaded_at,
    batch_id,
    encoding,
    byte_count
from documents
