-- Every record of an imported file has exactly one outcome (issue 13): created, updated, unchanged, or
-- rejected with its problems in import_error. The four counts add up to the file's records.
create table import_outcome (
    import_id  uuid       not null references import_run (id),
    source_row integer    not null,
    -- the line of the file the record starts on (a quoted cell may span lines)
    first_line integer    not null,
    outcome    varchar(9) not null check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED')),
    constraint import_outcome_once primary key (import_id, source_row)
);

alter table import_error add column first_line integer;

-- An import is audited as one event with its file: the stored file's checksum, when it ended, and when the
-- file was deleted at the end of its retention.
alter table import_run add column file_sha256 varchar(64);
alter table import_run add column finished_at timestamp with time zone;
alter table import_run add column file_deleted_at timestamp with time zone;

-- Provenance: the import (and the row of its file) that created or last changed a record. Records written by
-- hand have none; their audit rows say who.
alter table person add column import_id uuid;
alter table person add column import_row integer;
alter table person add constraint person_import foreign key (import_id) references import_run (id);
alter table enrolment add column import_id uuid;
alter table enrolment add column import_row integer;
alter table enrolment add constraint enrolment_import foreign key (import_id) references import_run (id);
alter table certificate add column import_id uuid;
alter table certificate add column import_row integer;
alter table certificate add constraint certificate_import foreign key (import_id) references import_run (id);
alter table person_qualification add column import_id uuid;
alter table person_qualification add column import_row integer;
alter table person_qualification add constraint person_qualification_import foreign key (import_id) references import_run (id);
