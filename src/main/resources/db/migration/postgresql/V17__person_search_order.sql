-- The reindex job reads the persons who ever consented to be found in (last change, id) order, a batch at a
-- time: without this index every batch sorted the whole register.
create index person_search_order on person (updated_at, id) where consent_changed_at is not null;
