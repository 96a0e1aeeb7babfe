-- the PDF pages (or XLSX sheets) a record's lines came from; null for text and DOCX (added after the first warehouses were built)
alter table raw_records add column if not exists first_page integer;
alter table raw_records add column if not exists last_page integer;
