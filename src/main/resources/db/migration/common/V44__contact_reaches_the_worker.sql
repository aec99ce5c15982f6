-- An agreement to be contacted carries how the employer reaches the person: the phone the person agreed to share
-- (confirmed or typed by the staff who recorded the answer), and the office those staff belong to (a centre's or a
-- commune's name; null for the department), whom the employer calls when the person shared no phone.
alter table shortlist_entry add column contact_phone varchar(11);
alter table shortlist_entry add column contact_office varchar(200);
