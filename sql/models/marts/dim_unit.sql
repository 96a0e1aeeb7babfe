-- grain: budget unit as named in the reports × its county
with evaluations as (
    select * from stg_evaluations
),

counties as (
    select * from dim_county
),

units as (
    select distinct
        coalesce(unit_name, '未知单位') as unit_name,
        coalesce(county_code, '000000') as county_code
    from evaluations
),

described as (
    select
        md5(units.unit_name || '|' || units.county_code) as unit_key,
        units.unit_name,
        units.county_code,
        counties.county_name,
        counties.city_name,
        counties.province_name
    from units
    left join counties
        on units.county_code = counties.county_code
)

select * from described
