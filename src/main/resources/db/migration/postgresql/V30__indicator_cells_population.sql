-- The indicators' covering index carries what decides a person's population and status per year too (the id for the
-- rare person whose status changed after a year's end), so the count stays an index-only scan.
drop index person_indicator_cells;
create index person_indicator_cells on person (commune_code, sex, ethnic_code, birth_date)
    include (labour_status, labour_status_since, register_since, id, certified_since, short_course_since,
             informal_since, national_cert_since, national_cert_3y_since);
