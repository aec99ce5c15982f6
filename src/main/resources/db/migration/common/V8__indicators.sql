-- The dates from which a person counts towards the indicators, derived from person_qualification on
-- every change, like highest_level_code. A figure "as of 31 December Y" compares them with that day, so
-- the report reads the person table alone (see docs/ARCHITECTURE.md, Indicators).
alter table person add column certified_since date;      -- first certificate-level fact (sơ cấp and above)
alter table person add column short_course_since date;   -- first short course under 3 months
alter table person add column informal_since date;       -- first informally acquired skill with >= 3 years in the trade

-- Years worked in the trade, for skills acquired informally (declared in the labour-supply survey).
alter table person_qualification add column years_in_trade smallint check (years_in_trade >= 0);

-- Per-person labour-supply surveys imported for a commune, by survey year: from that year the commune's
-- figures rest on the register instead of its baseline.
create table commune_survey (
    commune_code varchar(5) not null references commune (code),
    survey_year  smallint   not null,
    recorded_at  timestamp with time zone not null,
    primary key (commune_code, survey_year)
);

-- A commune's aggregate figures for a year, entered by the department where no per-person survey exists.
-- The counts are of the labour force aged 15+, so a baseline serves that denominator only.
create table commune_baseline (
    commune_code varchar(5)   not null references commune (code),
    baseline_year smallint    not null,
    labour_force integer      not null check (labour_force >= 0),
    trained      integer      not null check (trained >= 0 and trained <= labour_force),
    certified    integer      not null check (certified >= 0 and certified <= trained),
    source_note  varchar(200) not null,
    recorded_by  varchar(60)  not null,
    recorded_at  timestamp with time zone not null,
    primary key (commune_code, baseline_year)
);

-- A year's figures frozen as reported: the whole report as JSON, with the settings it was computed with.
create table indicator_snapshot (
    report_year smallint   primary key,
    settings  text         not null,
    report    text         not null,
    frozen_by varchar(60)  not null,
    frozen_at timestamp with time zone not null
);
