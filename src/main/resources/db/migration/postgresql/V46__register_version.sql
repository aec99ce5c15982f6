-- The register's version, for the indicators' counts made once per change rather than once per view: every statement
-- that changes what they count (person, labour_status_period) advances the sequence (at once, on every instance, as
-- the sequence is not transactional) and, at its commit, notifies every instance listening on register_changed (so
-- that a count made while the change was not yet committed is made again).
create sequence register_version;

create function register_changed() returns trigger language plpgsql as $$
begin
    perform nextval('register_version');
    perform pg_notify('register_changed', '');
    return null;
end
$$;

create trigger person_changes after insert or update or delete or truncate on person
    for each statement execute function register_changed();
create trigger labour_status_changes after insert or update or delete or truncate on labour_status_period
    for each statement execute function register_changed();
