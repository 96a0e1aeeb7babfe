-- materialized: table
-- every indicator wording gets one canonical code: an exact synonym, else the closest synonym when it is close
-- enough (recorded as fuzzy with its similarity), else a code of its own (recorded as unmatched); never silent
with indicator_rows as (
    select * from stg_indicator_rows
),

synonyms as (
    select
        normalize_name(synonym) as synonym_key,
        indicator_code
    from seed_indicator_synonyms
),

names as (
    select distinct
        indicator_name,
        normalize_name(indicator_name) as name_key
    from indicator_rows
),

exact_matches as (
    select
        names.indicator_name,
        names.name_key,
        min(synonyms.indicator_code) as indicator_code
    from names
    inner join synonyms
        on names.name_key = synonyms.synonym_key
    group by names.indicator_name, names.name_key
),

fuzzy_candidates as (
    select
        names.indicator_name,
        names.name_key,
        synonyms.indicator_code,
        synonyms.synonym_key,
        jaro_winkler_similarity(names.name_key, synonyms.synonym_key) as similarity,
        row_number() over (
            partition by names.indicator_name
            order by jaro_winkler_similarity(names.name_key, synonyms.synonym_key) desc, synonyms.indicator_code
        ) as candidate_rank
    from names
    cross join synonyms
    where names.indicator_name not in (select indicator_name from exact_matches)
),

exact_rows as (
    select
        indicator_name,
        name_key,
        indicator_code,
        'exact' as match_method,
        1.0 as similarity,
        name_key as matched_synonym
    from exact_matches
),

fuzzy_rows as (
    select
        names.indicator_name,
        names.name_key,
        case
            when fuzzy_candidates.similarity >= 0.9 then fuzzy_candidates.indicator_code
            else 'name:' || names.name_key
        end as indicator_code,
        case when fuzzy_candidates.similarity >= 0.9 then 'fuzzy' else 'unmatched' end as match_method,
        fuzzy_candidates.similarity,
        fuzzy_candidates.synonym_key as matched_synonym
    from names
    left join fuzzy_candidates
        on names.indicator_name = fuzzy_candidates.indicator_name
        and fuzzy_candidates.candidate_rank = 1
    where names.indicator_name not in (select indicator_name from exact_matches)
),

matched as (
    select * from exact_rows
    union all
    select * from fuzzy_rows
)

select * from matched
