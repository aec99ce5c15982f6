-- A commune's newer full survey is the authority on who lives there (issue 26): a person it no longer lists leaves
-- the commune's population from the survey's day (register_until), unless a survey lists them again.
alter table person add column register_until date;

-- The communes a survey import covered, and how many persons each one's survey no longer listed (null until the import's
-- last step has counted them).
create table import_commune (
    import_id    uuid       not null references import_run (id),
    commune_code varchar(5) not null references commune (code),
    departed     integer,
    constraint import_commune_once primary key (import_id, commune_code)
);
