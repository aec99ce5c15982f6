-- What each imported row was about, so that a rejected row counts as fixed once a later upload of the same centre
-- (or of the department, for surveys) accepted a row about the same learner and course: a one-way digest of the
-- citizen ID and the course code (no personal data kept here in clear); null when the row gave no citizen ID.
alter table import_outcome add column row_key varchar(16);
create index import_outcome_by_row_key on import_outcome (row_key);
