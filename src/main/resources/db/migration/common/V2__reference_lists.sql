-- Read-only reference lists (src/main/resources/reference/, sources in SOURCES.md there).
-- Rows are loaded by the Java migration V3__LoadReferenceLists from the same CSV files.

create table commune (
    code          varchar(5)    primary key,
    name          varchar(100)  not null,
    kind          varchar(10)   not null check (kind in ('xa', 'phuong')),
    province_code varchar(2)    not null,
    -- centre of the commune's bounding box: an approximate anchor for distances, not its seat
    latitude      numeric(10,7) not null,
    longitude     numeric(10,7) not null
);

create table ethnic_group (
    code         varchar(2)  primary key,
    name         varchar(50) not null,
    name_qcvn109 varchar(80) not null
);

-- ISCO-08 groups at every level: 1 (major) to 4 (unit) digits; the parent is the code less its last digit.
create table occupation (
    code     varchar(4)   primary key,
    level    smallint     not null check (level between 1 and 4),
    title_en varchar(200) not null,
    -- null where no sourced Vietnamese title exists; the UI shows the English title then
    title_vi varchar(200)
);

create table qualification_level (
    code                varchar(30)  primary key,
    -- position from lowest to highest, used to pick a person's highest qualification
    ordinal             smallint     not null unique,
    name_vi             varchar(100) not null,
    name_en             varchar(150) not null,
    vqf_level           varchar(5),
    min_duration_months smallint,
    counts_as_trained   varchar(12)  not null check (counts_as_trained in ('YES', 'NO', 'CONDITIONAL')),
    counts_as_certified boolean      not null,
    notes               text         not null
);
