select project, project_category_code
from dim_project
where project_category_code is null or project_category is null
