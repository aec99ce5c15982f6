-- Imports owned by a live instance (issue 19): every instance renews its heartbeat; each running import names the
-- instance that runs it. An import is resumed only once its instance's heartbeat has expired, by one survivor.
create table instance_heartbeat (
    instance_id varchar(100) primary key,
    started_at  timestamp with time zone not null,
    beat_at     timestamp with time zone not null
);

alter table import_run add column run_by varchar(100);
