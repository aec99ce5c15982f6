-- A commune's own 2030 targets, where the department sets them apart from the province's (issue 16, rule 2): who set
-- them, when and why. Changes are audited; a commune without a row takes the province's targets.
create table commune_target (
    commune_code varchar(5)   primary key references commune (code),
    trained      numeric(4, 1) not null check (trained >= 0 and trained <= 100),
    certified    numeric(4, 1) not null check (certified >= 0 and certified <= trained),
    reason       varchar(300) not null,
    set_by       varchar(60)  not null,
    set_at       timestamp with time zone not null
);
