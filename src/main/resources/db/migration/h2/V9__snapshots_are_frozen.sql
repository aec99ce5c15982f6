-- On the embedded H2 default the application alone keeps snapshots frozen (it never updates or deletes
-- them); the version exists here so both databases share one migration history.
select 1;
