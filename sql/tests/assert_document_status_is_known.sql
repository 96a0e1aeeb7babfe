select file_name, status
from documents
where status not in ('loaded', 'quarantined')
    or (status = 'quarantined' and coalesce(reason, '') = '')
