-- grain: final accounts (部门决算) of one unit and year, in 万元
with final_accounts as (
    select * from stg_final_accounts
)

select * from final_accounts
