-- Imports of the communes' labour-supply surveys, beside the graduates files: a survey has a year and no centre.
alter table import_run drop constraint import_run_kind_check;
alter table import_run add constraint import_run_kind_check check (kind in ('GRADUATES', 'LABOUR_SURVEY'));
alter table import_run add column survey_year smallint;
create index import_run_by_kind on import_run (kind, uploaded_at);
