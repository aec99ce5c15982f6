-- learner_since: the first day a training centre's record shows the person as a learner (their earliest enrolment).
-- "Learners not matched to the survey" of a year are those known as learners by its 31 December whom no survey of
-- their commune covered by that day (issue 26); a person first surveyed in a later year, with no training, is none.
alter table person add column learner_since date;
update person set learner_since = (select min(e.enrolled_on) from enrolment e where e.person_id = person.id);
