-- One outbox for both search indexes, owned by matching: a row per change to a candidate or a vacancy, written in
-- the change's own transaction by matching's listener to the other modules' events. A row is marked sent once the
-- index has the record as it was then, and kept a while after: a rebuild of an index reads the changes made while
-- it copied from here. The vacancies' own outbox is folded in.
alter table search_outbox rename column person_id to record_id;
alter table search_outbox add column kind varchar(9) default 'CANDIDATE' not null;
alter table search_outbox alter column kind drop default;
alter table search_outbox add constraint search_outbox_kind check (kind in ('CANDIDATE', 'VACANCY'));
alter table search_outbox add column sent_at timestamp with time zone;

insert into search_outbox (record_id, kind, queued_at) select vacancy_id, 'VACANCY', queued_at from vacancy_outbox order by id;
drop table vacancy_outbox;

create index search_outbox_unsent on search_outbox (kind, sent_at, id);
create index search_outbox_by_time on search_outbox (kind, queued_at);
