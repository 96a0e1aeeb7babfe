-- public: execution rates per county and year (docs/contract/interfaces.md)
with rates as (
    select * from rpt_execution_rates
)

select * from rates
