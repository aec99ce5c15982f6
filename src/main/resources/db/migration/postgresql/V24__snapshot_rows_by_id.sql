-- Snapshots are keyed by their own id, so that a year can have provisional snapshots before its final one. The
-- snapshots frozen so far were final: they say so (the frozen rows' trigger is lifted for this one statement).
alter table indicator_snapshot disable trigger indicator_snapshot_frozen;
update indicator_snapshot set final_year = report_year;
alter table indicator_snapshot enable trigger indicator_snapshot_frozen;
alter table indicator_snapshot drop constraint indicator_snapshot_pkey;
alter table indicator_snapshot add primary key (id);
alter table indicator_snapshot add constraint indicator_snapshot_one_final unique (final_year);
