-- An employer's request to contact a shortlisted candidate, with a message about the job, and the answer the
-- staff who keep the person's record recorded on the person's word: agreed, declined or unreachable, and on which day.
alter table shortlist_entry add column contact_requested_at timestamp with time zone;
alter table shortlist_entry add column contact_message varchar(500);
alter table shortlist_entry add column contact_answer varchar(12) check (contact_answer in ('AGREED', 'DECLINED', 'UNREACHABLE'));
alter table shortlist_entry add column contact_answered_on date;

-- Whether the hire made the person employed in the register (they may have been employed already), so that undoing
-- the hire on its day gives back the status it replaced, and only then.
alter table placement add column employment_recorded boolean not null default false;

-- In-application notices, each to an audience (an employer, a centre, a commune, the department) rather than to one
-- account: every account of the audience sees it, and marks it read for itself.
create table notification (
    id          uuid          primary key,
    audience    varchar(60)   not null,
    message_key varchar(80)   not null,
    arguments   varchar(1000) not null,
    link        varchar(300)  not null,
    created_at  timestamp with time zone not null
);

create index notification_by_audience on notification (audience, created_at);

create table notification_read (
    notification_id uuid not null references notification (id),
    account_id      uuid not null references app_user (id),
    read_at         timestamp with time zone not null,
    primary key (notification_id, account_id)
);
