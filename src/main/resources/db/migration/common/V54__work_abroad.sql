-- Issue 31 (resolution IV.7b, "tìm kiếm thị trường xuất khẩu lao động uy tín … để tổ chức cho lao động địa phương đi
-- làm việc"): workers who left to work abroad under contract (Law 69/2020/QH14), as the department and commune officers
-- record them (by hand or from a file). The register counts the person as abroad from the day of departure (their
-- dated labour status, migration 53) and back in the labour force from the day of return. One departure a person a day.
create table departure (
    id              uuid         primary key,
    person_id       uuid         not null references person (id),
    -- ISO 3166-1 alpha-2
    country_code    varchar(2)   not null,
    occupation_code varchar(4)   not null references occupation (code),
    -- the licensed enterprise or public service unit that sent the worker
    sent_by         varchar(200) not null,
    departed_on     date         not null,
    contract_months integer      not null check (contract_months between 1 and 120),
    returned_on     date,
    recorded_by     varchar(100) not null,
    recorded_at     timestamp with time zone not null,
    unique (person_id, departed_on),
    check (returned_on is null or returned_on >= departed_on)
);

create index departure_by_day on departure (departed_on);
