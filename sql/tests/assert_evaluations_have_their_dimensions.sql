select evaluations.evaluation_id, evaluations.unit_key, evaluations.project_key, evaluations.year
from fct_evaluation as evaluations
left join dim_unit as units
    on evaluations.unit_key = units.unit_key
left join dim_project as projects
    on evaluations.project_key = projects.project_key
left join dim_year as years
    on evaluations.year = years.year
where units.unit_key is null
    or projects.project_key is null
    or (evaluations.year is not null and years.year is null)
