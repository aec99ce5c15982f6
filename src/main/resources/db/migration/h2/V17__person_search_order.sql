-- H2 has no partial indexes: the whole register, in the reindex job's order.
create index person_search_order on person (updated_at, id);
