-- last_surveyed_on: the day of the newest survey that listed the person. An older survey uploaded again later changes
-- nothing that a newer survey (or a hire) recorded, and says so row by row (issue 26). Unknown for records from before
-- this version (null): their labour_status_since still tells when their status was last recorded.
alter table person add column last_surveyed_on date;

-- An import's row that changed nothing can say why (for example "a newer survey holds this person").
alter table import_outcome add column note_key varchar(60);
