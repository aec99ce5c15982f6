-- An employer's shortlist for a vacancy, and the hires it leads to.
create table shortlist_entry (
    id                uuid        primary key,
    vacancy_id        uuid        not null references vacancy (id),
    person_id         uuid        not null references person (id),
    stage             varchar(12) not null check (stage in ('SHORTLISTED', 'CONTACTED', 'INTERVIEWED', 'HIRED', 'REJECTED')),
    -- when the candidate agreed to be contacted by this employer; null until then, or once withdrawn
    contact_agreed_at timestamp with time zone,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint shortlisted_once unique (vacancy_id, person_id)
);

create index shortlist_entry_by_person on shortlist_entry (person_id);

-- A hire: who, by which employer, in which occupation, from when.
create table placement (
    id                 uuid       primary key,
    shortlist_entry_id uuid       not null unique references shortlist_entry (id),
    person_id          uuid       not null references person (id),
    employer_id        uuid       not null references employer (id),
    occupation_code    varchar(4) not null references occupation (code),
    hired_on           date       not null,
    created_at         timestamp with time zone not null
);
