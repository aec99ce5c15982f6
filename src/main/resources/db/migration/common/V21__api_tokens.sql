-- Per-client API tokens (issue 14): a centre's or an employer's own system calls the API with a token of
-- the account it acts for, never with a person's password. Only the token's SHA-256 is kept.
create table api_token (
    id           uuid         primary key,
    account_id   uuid         not null references app_user (id),
    name         varchar(80)  not null,
    token_sha256 varchar(64)  not null unique,
    created_by   varchar(60)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_token_by_account on api_token (account_id);
