-- The indicators' covering index carries the national skill certificate dates too, so the count stays an
-- index-only scan whatever the setting.
drop index person_indicator_cells;
create index person_indicator_cells on person (commune_code, sex, ethnic_code, birth_date)
    include (labour_status, certified_since, short_course_since, informal_since, national_cert_since,
             national_cert_3y_since);
