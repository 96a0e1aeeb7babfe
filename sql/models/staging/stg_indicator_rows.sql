with source_indicators as (
    select * from raw_indicators
),

renamed as (
    select
        evaluation_id,
        indicator_index,
        nullif(trim(level1), '') as level1,
        nullif(trim(level2), '') as level2,
        trim(indicator_name) as indicator_name,
        target_text,
        actual_text,
        weight,
        score_reported,
        note,
        unit_text,
        direction_text,
        source_line,
        target_operator,
        target_value,
        target_unit,
        target_level,
        actual_operator,
        actual_value,
        actual_unit,
        actual_level
    from source_indicators
)

select * from renamed
