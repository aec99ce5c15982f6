-- A rejected row's reasons are shown in the order of the file's columns (the order a clerk reads and fixes them),
-- not by column name. Rows rejected before keep their alphabetical order among equals (0).
alter table import_error add column problem_order smallint not null default 0;
