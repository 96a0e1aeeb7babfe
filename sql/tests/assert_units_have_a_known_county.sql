-- a county code on a unit must be one of the GB/T 2260 list (or the unknown member)
select units.unit_key, units.county_code
from dim_unit as units
left join dim_county as counties
    on units.county_code = counties.county_code
where counties.county_code is null
