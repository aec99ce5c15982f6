-- Certificate numbers compare without regard to letter case and surrounding spaces (issue 26): "hv2-810146" is the
-- number "HV2-810146". Each certificate keeps its number as issued; number_key is what comparisons use, unique within
-- a centre. Pairs that already exist are not changed silently: each certificate of such a pair is listed in
-- certificate_number_pair for the department to decide, and every one but the first issued gets a key of its own
-- (its key followed by '#' and its id), so that the rule holds for everything issued from now on.
alter table certificate add column number_key varchar(80);
update certificate set number_key = upper(trim(number));

create table certificate_number_pair (
    certificate_id uuid        primary key references certificate (id),
    centre_id      uuid        not null references training_centre (id),
    number         varchar(40) not null,
    number_key     varchar(80) not null,
    found_at       timestamp with time zone not null
);

insert into certificate_number_pair (certificate_id, centre_id, number, number_key, found_at)
select c.id, c.centre_id, c.number, c.number_key, current_timestamp
from certificate c
where exists (select 1 from certificate o
              where o.centre_id = c.centre_id and o.number_key = c.number_key and o.id <> c.id);

update certificate c set number_key = c.number_key || '#' || cast(c.id as varchar(36))
where exists (select 1 from certificate o
              where o.centre_id = c.centre_id and o.number_key = c.number_key
                and (o.issued_on < c.issued_on or (o.issued_on = c.issued_on and o.id < c.id)));

alter table certificate alter column number_key set not null;
create unique index certificate_number_key_within_centre on certificate (centre_id, number_key);
