-- public: counties ranked per year, project category and metric, with the peer median
with rankings as (
    select * from rpt_county_rankings
)

select * from rankings
