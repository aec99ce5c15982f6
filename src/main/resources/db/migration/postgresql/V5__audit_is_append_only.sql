-- Audit rows can be added, never changed or removed, whatever the client.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event rows cannot be changed or deleted';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
