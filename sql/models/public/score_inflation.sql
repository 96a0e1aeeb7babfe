-- public: score inflation per county and year (docs/contract/interfaces.md)
with inflation as (
    select * from rpt_score_inflation
)

select * from inflation
