-- The indicators' covering index carries learner_since (who is a learner not matched to the survey) and register_until
-- (who left a commune's population when its newer survey no longer listed them), so the count stays an index-only scan.
drop index person_indicator_cells;
create index person_indicator_cells on person (commune_code, sex, ethnic_code, birth_date)
    include (labour_status, labour_status_since, register_since, register_until, learner_since, id, certified_since,
             short_course_since, informal_since, national_cert_since, national_cert_3y_since);
