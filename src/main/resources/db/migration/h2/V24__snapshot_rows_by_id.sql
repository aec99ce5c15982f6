-- Snapshots are keyed by their own id, so that a year can have provisional snapshots before its final one. The
-- snapshots frozen so far were final: they say so.
update indicator_snapshot set final_year = report_year;
alter table indicator_snapshot drop primary key;
alter table indicator_snapshot add primary key (id);
alter table indicator_snapshot add constraint indicator_snapshot_one_final unique (final_year);
