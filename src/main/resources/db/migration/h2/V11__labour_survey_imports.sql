-- Imports of the communes' labour-supply surveys, beside the graduates files: a survey has a year and no centre.
-- H2 names the column's check constraint itself, so the column is made again (every earlier row is a graduates file).
alter table import_run drop column kind;
alter table import_run add column kind varchar(20) default 'GRADUATES' not null check (kind in ('GRADUATES', 'LABOUR_SURVEY'));
alter table import_run add column survey_year smallint;
create index import_run_by_kind on import_run (kind, uploaded_at);
