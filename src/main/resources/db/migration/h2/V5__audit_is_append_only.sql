-- On the embedded H2 default the application alone guards the audit trail (it never updates or deletes
-- audit rows); the version exists here so both databases share one migration history.
select 1;
