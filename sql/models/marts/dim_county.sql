-- grain: county-level division (GB/T 2260), plus one row for units whose county is not known
with counties as (
    select * from seed_counties
),

known as (
    select
        cast(admin_code as varchar) as county_code,
        county as county_name,
        cast(city_code as varchar) as city_code,
        city as city_name,
        cast(province_code as varchar) as province_code,
        province as province_name
    from counties
),

unknown as (
    select
        '000000' as county_code,
        '未知' as county_name,
        null as city_code,
        null as city_name,
        null as province_code,
        null as province_name
)

select * from known
union all
select * from unknown
