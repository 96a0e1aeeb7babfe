with source_documents as (
    select * from raw_documents
),

renamed as (
    select
        file_name,
        sha256,
        byte_count,
        encoding,
        status,
        reason,
        record_count,
        batch_id,
        loaded_at
    from source_documents
)

select * from renamed
