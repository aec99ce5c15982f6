-- Issue 30: each certificate's credential, signed by the department. The token is what its QR code holds (kept, so
-- that the paper and the page show the same one); the status index is its bit in the public status list (revoked
-- or not, read from the certificate); the wallet handle is the address the staff hand the learner for their badge.
create table credential (
    certificate_id uuid primary key,
    status_index   integer not null unique,
    key_id         varchar(64) not null,
    qr_token       text not null,
    wallet_handle  varchar(64) not null unique,
    created_at     timestamp with time zone not null
);

create sequence credential_status_index start with 0 minvalue 0;
