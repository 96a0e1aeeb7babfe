-- problems met reading and parsing a document, kept for the data-quality page
create table if not exists raw_issues (
    file_name varchar not null,
    sha256 varchar not null,
    line integer,
    severity varchar not null,
    message varchar not null
);
