-- On the embedded H2 default the indicator report reads the table itself (H2 has no covering indexes);
-- the version exists here so both databases share one migration history.
select 1;
