-- How many of a vacancy's places are filled by hires recorded through the application ("1/5 đã tuyển"): kept with the
-- vacancy by its owner (employers), counted by placement as it records and undoes hires.
alter table vacancy add column hired smallint not null default 0 check (hired >= 0);
