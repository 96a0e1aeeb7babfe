with source_records as (
    select * from raw_records
),

renamed as (
    select
        evaluation_id,
        file_name as source_file,
        record_index,
        kind,
        year,
        nullif(trim(unit_name), '') as unit_name,
        nullif(trim(county_name), '') as county_name,
        nullif(trim(admin_code), '') as county_code,
        nullif(trim(implementing_unit), '') as implementing_unit,
        nullif(trim(project), '') as project,
        budget_initial,
        budget_adjusted,
        budget_executed,
        rate_reported as execution_rate_reported,
        execution_weight,
        execution_score_reported,
        total_score_reported,
        first_line,
        last_line,
        first_page,
        last_page,
        warnings,
        conclusion,
        coalesce(origin, 'table') as origin
    from source_records
)

select * from renamed
