-- Sign-in throttling by account and client address together, and by address alone (issue 14): a stranger's
-- wrong passwords slow down that stranger's address, never lock the account's owner out. Replaces the
-- account-wide lock, which let anyone lock out anyone, the administrator included.
create table login_throttle (
    throttle_key  varchar(200) primary key,
    -- the account named, for the administrator to lift its blocks; null for an address's own key
    username      varchar(60),
    failures      integer      not null,
    last_failure  timestamp with time zone not null,
    blocked_until timestamp with time zone
);

create index login_throttle_by_username on login_throttle (username);

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
