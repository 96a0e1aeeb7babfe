-- the 自评结论 text a summary row states beside its money (added after the first warehouses were built)
alter table raw_records add column if not exists conclusion varchar;
