-- public: indicators below target per county and year (docs/contract/interfaces.md)
with gaps as (
    select * from rpt_recurring_gaps
)

select * from gaps
