-- A citizen ID submitted with another name or birth date than the register holds (issue 14): the submission
-- is refused, revealing nothing, and waits here until the department decides: keep the stored identity, take
-- the submitted one, or call it a typing error.
create table identity_conflict (
    id                   uuid         primary key,
    person_id            uuid         not null references person (id),
    submitted_name       varchar(120) not null,
    submitted_birth_date date         not null,
    submitted_by         varchar(60)  not null,
    centre_id            uuid         references training_centre (id),
    import_id            uuid         references import_run (id),
    import_row           integer,
    created_at           timestamp with time zone not null,
    resolution           varchar(14)  check (resolution in ('KEPT_STORED', 'TOOK_SUBMITTED', 'TYPING_ERROR')),
    resolved_by          varchar(60),
    resolved_at          timestamp with time zone
);

create index identity_conflict_by_person on identity_conflict (person_id);
