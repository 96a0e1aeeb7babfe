with source_final_accounts as (
    select * from raw_final_accounts
)

select * from source_final_accounts
