-- Issue 31 (resolution IV.7b): the programmes that pay for training, as the department keeps them (national target
-- programmes, provincial projects, an employer, the learner). No list is cited or seeded: names and codes change with
-- each programme period, so the department enters them. An enrolment names at most one programme.
create table funding_programme (
    id          uuid         primary key,
    code        varchar(30)  not null unique,
    name        varchar(300) not null,
    kind        varchar(20)  not null check (kind in ('NATIONAL_TARGET', 'PROVINCIAL_PROJECT', 'EMPLOYER', 'LEARNER', 'OTHER')),
    first_year  integer      not null check (first_year between 2000 and 2100),
    last_year   integer      check (last_year between 2000 and 2100 and last_year >= first_year),
    created_at  timestamp with time zone not null
);

create table enrolment_funding (
    enrolment_id uuid primary key references enrolment (id),
    programme_id uuid not null references funding_programme (id),
    recorded_at  timestamp with time zone not null
);

create index enrolment_funding_by_programme on enrolment_funding (programme_id);
