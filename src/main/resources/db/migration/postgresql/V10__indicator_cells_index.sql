-- Everything the indicator report reads of a person, in one covering index, so that it is counted by an
-- index-only scan of a third of the table's width, already grouped by commune, sex and ethnic group
-- (docs/ARCHITECTURE.md, Indicators).
create index person_indicator_cells on person (commune_code, sex, ethnic_code, birth_date)
    include (labour_status, certified_since, short_course_since, informal_since);
