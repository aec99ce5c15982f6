-- Employers in the industrial parks and clusters, and their vacancies.
create table employer (
    id              uuid         primary key,
    -- mã số thuế: 10 digits with a check digit, or 13 for a branch (10 digits, '-', 3 digits)
    tax_code        varchar(14)  not null unique,
    name            varchar(200) not null,
    name_folded     varchar(200) not null,
    -- khu công nghiệp / cụm công nghiệp, as the employer names it (no sourced list of the province's parks yet)
    industrial_park varchar(150),
    commune_code    varchar(5)   not null references commune (code),
    contact_name    varchar(120) not null,
    contact_phone   varchar(11),
    contact_email   varchar(120),
    created_at      timestamp with time zone not null
);

create index employer_by_folded_name on employer (name_folded);

-- An employer's account acts for that employer only.
alter table app_user add column employer_id uuid references employer (id);

create table vacancy (
    id              uuid          primary key,
    employer_id     uuid          not null references employer (id),
    title           varchar(200)  not null,
    occupation_code varchar(4)    not null references occupation (code),
    min_level_code  varchar(30)   not null references qualification_level (code),
    skills          varchar(1000) not null,
    headcount       integer       not null check (headcount between 1 and 10000),
    pay_min_vnd     bigint        not null check (pay_min_vnd >= 0),
    pay_max_vnd     bigint        not null,
    commune_code    varchar(5)    not null references commune (code),
    industrial_park varchar(150),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    deadline        date          not null,
    status          varchar(8)    not null check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'EXPIRED')),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint vacancy_pay_range check (pay_max_vnd >= pay_min_vnd)
);

create index vacancy_by_employer on vacancy (employer_id, created_at);
create index vacancy_open_by_deadline on vacancy (status, deadline);
