-- One population per figure (issue 16, rule 1).
--
-- register_since: from when the register itself (a commune's per-person labour-supply survey) knows the person.
-- A commune's figure of year Y counts only persons known by 31 December Y; persons known only from a training
-- centre's records (null) are not added to any denominator: they are reported as learners not matched to the survey.
alter table person add column register_since date;

-- Records from before this version: a person a survey covered, or who declared a qualification to a survey, or who was
-- never enrolled anywhere, is the register's; the register cannot say since when, so they count for every year, as
-- they did (birth date stands for "always"). Learners known from centres alone stay unmatched.
update person set register_since = birth_date
where exists (select 1 from import_run r where r.id = person.import_id and r.kind = 'LABOUR_SURVEY')
   or exists (select 1 from person_qualification q where q.person_id = person.id and q.source = 'DECLARED')
   or not exists (select 1 from enrolment e where e.person_id = person.id);

-- labour_status holds from labour_status_since (null: as far back as the register knows); the statuses it replaced are
-- kept as periods [since, until), so that a year's figure uses each person's status as of its 31 December.
alter table person add column labour_status_since date;

create table labour_status_period (
    person_id   uuid        not null references person (id),
    status      varchar(20) not null check (status in ('EMPLOYED', 'UNEMPLOYED', 'OUTSIDE_LABOUR_FORCE')),
    since       date,
    until       date        not null,
    recorded_at timestamp with time zone not null
);

create index labour_status_period_by_person on labour_status_period (person_id, until);
