-- How a national skill certificate counts is now a setting of the indicators, so the register keeps it apart:
-- from when a person holds one (national_cert_since), and holds one with at least 3 years in the trade
-- (national_cert_3y_since). informal_since no longer includes it. Derived from the qualification facts, as the
-- application derives them (QualificationSummary); only persons with such a certificate change.
alter table person add column national_cert_since date;
alter table person add column national_cert_3y_since date;

update person set
    national_cert_since = (select min(q.acquired_on) from person_qualification q
                           where q.person_id = person.id and q.level_code = 'NATIONAL_SKILL_CERT'),
    national_cert_3y_since = (select min(q.acquired_on) from person_qualification q
                              where q.person_id = person.id and q.level_code = 'NATIONAL_SKILL_CERT'
                                and q.years_in_trade >= 3),
    informal_since = (select min(q.acquired_on) from person_qualification q
                      join qualification_level l on l.code = q.level_code
                      where q.person_id = person.id and l.counts_as_trained = 'CONDITIONAL'
                        and q.level_code <> 'NATIONAL_SKILL_CERT' and q.years_in_trade >= 3)
where exists (select 1 from person_qualification q where q.person_id = person.id and q.level_code = 'NATIONAL_SKILL_CERT');
