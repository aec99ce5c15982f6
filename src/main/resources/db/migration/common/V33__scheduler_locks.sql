-- ShedLock's lock rows: each scheduled task that must run on one instance at a time holds its row while it runs
-- (docs/ARCHITECTURE.md, Running several instances).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
