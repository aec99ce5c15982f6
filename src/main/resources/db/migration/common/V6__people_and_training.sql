-- The labour register: one row per citizen, whoever recorded them first.
create table person (
    id                  uuid         primary key,
    -- personal data (Decree 13/2023/NĐ-CP): never in a URL or a log line; persons are addressed by id
    citizen_id          varchar(12)  not null unique,
    full_name           varchar(120) not null,
    -- accent-folded full name, for search ("nguyen van an" finds "Nguyễn Văn An")
    full_name_folded    varchar(120) not null,
    birth_date          date         not null,
    sex                 varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    ethnic_code         varchar(2)   references ethnic_group (code),
    commune_code        varchar(5)   not null references commune (code),
    phone               varchar(11),
    labour_status       varchar(20)  not null check (labour_status in ('EMPLOYED', 'UNEMPLOYED', 'OUTSIDE_LABOUR_FORCE')),
    consent_to_be_found boolean      not null,
    consent_changed_at  timestamp with time zone,
    -- derived from person_qualification on every change, never typed in
    highest_level_code  varchar(30)  references qualification_level (code),
    certified           boolean      not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

create index person_by_folded_name on person (full_name_folded);
create index person_by_commune on person (commune_code);

-- The facts a person's highest qualification is derived from: certificates issued by a centre here,
-- and (later) qualifications declared in the labour-supply survey. One row per source record.
create table person_qualification (
    id              uuid        primary key,
    person_id       uuid        not null references person (id),
    level_code      varchar(30) not null references qualification_level (code),
    occupation_code varchar(4)  references occupation (code),
    source          varchar(12) not null check (source in ('CERTIFICATE', 'DECLARED')),
    source_ref      varchar(64) not null,
    acquired_on     date,
    constraint person_qualification_source unique (source, source_ref)
);

create index person_qualification_by_person on person_qualification (person_id);

create table training_centre (
    id           uuid         primary key,
    code         varchar(20)  not null unique,
    name         varchar(200) not null,
    name_folded  varchar(200) not null,
    commune_code varchar(5)   not null references commune (code),
    created_at   timestamp with time zone not null
);

create table course (
    id              uuid         primary key,
    centre_id       uuid         not null references training_centre (id),
    code            varchar(30)  not null,
    name            varchar(200) not null,
    occupation_code varchar(4)   not null references occupation (code),
    level_code      varchar(30)  not null references qualification_level (code),
    duration_months smallint     not null check (duration_months between 1 and 72),
    full_time       boolean      not null,
    created_at      timestamp with time zone not null,
    constraint course_code_within_centre unique (centre_id, code)
);

create table enrolment (
    id           uuid        primary key,
    course_id    uuid        not null references course (id),
    person_id    uuid        not null references person (id),
    status       varchar(10) not null check (status in ('ENROLLED', 'COMPLETED', 'DROPPED')),
    enrolled_on  date        not null,
    completed_on date,
    dropped_on   date,
    constraint one_enrolment_per_course unique (course_id, person_id)
);

create index enrolment_by_person on enrolment (person_id);

create table certificate (
    id                uuid        primary key,
    centre_id         uuid        not null references training_centre (id),
    enrolment_id      uuid        not null unique references enrolment (id),
    person_id         uuid        not null references person (id),
    number            varchar(40) not null,
    level_code        varchar(30) not null references qualification_level (code),
    occupation_code   varchar(4)  not null references occupation (code),
    issued_on         date        not null,
    status            varchar(8)  not null check (status in ('VALID', 'REVOKED')),
    revoked_reason    varchar(500),
    revoked_at        timestamp with time zone,
    -- the short public code of the verification page and its QR code
    verification_code varchar(12) not null unique,
    constraint certificate_number_within_centre unique (centre_id, number)
);

create index certificate_by_person on certificate (person_id);

-- Training-centre staff see and edit only their own centre.
alter table app_user add column centre_id uuid references training_centre (id);
