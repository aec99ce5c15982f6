-- A frozen snapshot is what was reported: it can be added, never changed or removed.
create function indicator_snapshot_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'indicator_snapshot rows are frozen';
end;
$$;

create trigger indicator_snapshot_frozen
    before update or delete on indicator_snapshot
    for each row execute function indicator_snapshot_is_frozen();
