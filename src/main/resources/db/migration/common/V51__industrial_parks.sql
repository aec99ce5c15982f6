-- Issue 31 (resolution III.2 and IV): the province's industrial parks (khu công nghiệp, KCN) and clusters (cụm công
-- nghiệp, CCN) as the department keeps them. No list is cited, so none is seeded: the table stays empty until the
-- department fills it (by hand or from a CSV file). Employers and vacancies keep the park as they typed it; the
-- department maps each typed name to a park of the list, and nothing typed is ever changed.
create table industrial_park (
    code         varchar(20)  primary key,
    name         varchar(200) not null,
    kind         varchar(3)   not null check (kind in ('KCN', 'CCN')),
    commune_code varchar(5)   not null references commune (code),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create table park_name_mapping (
    typed_name varchar(150) primary key,
    park_code  varchar(20)  not null references industrial_park (code),
    mapped_by  varchar(100) not null,
    mapped_at  timestamp with time zone not null
);
