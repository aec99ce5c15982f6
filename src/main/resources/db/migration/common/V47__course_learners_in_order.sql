-- A course's page of learners is read as a page, in the order of enrolment, whatever the course's size: the index
-- gives the page without sorting every enrolment of the course.
create index enrolment_by_course_in_order on enrolment (course_id, enrolled_on, id);
