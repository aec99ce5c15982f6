-- Accounts: who may sign in, in which role, over which part of the province.
-- Scope columns for training centres and employers arrive with those modules' migrations.
create table app_user (
    id                   uuid         primary key,
    username             varchar(60)  not null unique,
    display_name         varchar(120) not null,
    password_hash        varchar(100) not null,
    role                 varchar(20)  not null
        check (role in ('ADMIN', 'DEPARTMENT', 'COMMUNE_OFFICER', 'CENTRE_STAFF', 'EMPLOYER')),
    commune_code         varchar(5)   references commune (code),
    enabled              boolean      not null,
    must_change_password boolean      not null,
    failed_logins        integer      not null default 0,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null,
    constraint commune_officer_has_commune check (role <> 'COMMUNE_OFFICER' or commune_code is not null)
);

-- The audit trail: append-only. The application offers no way to change or remove a row, and on
-- PostgreSQL a trigger refuses it at the database too (postgresql/V5).
create table audit_event (
    id           bigint       generated always as identity primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(60)  not null,
    action       varchar(20)  not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'REVEAL')),
    record_type  varchar(40)  not null,
    record_id    varchar(64)  not null,
    before_state text,
    after_state  text
);

create index audit_event_by_record on audit_event (record_type, record_id);
create index audit_event_by_time on audit_event (occurred_at);
