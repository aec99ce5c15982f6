-- Issue 31 (resolution IV.7e, "tăng cường công tác kiểm định chất lượng đào tạo"): each decision on a centre's
-- quality accreditation (kiểm định chất lượng), as the department records it: the result, the accrediting body, the
-- day of the decision and, when accredited, the day it lapses. Decisions are never changed or deleted: the history is
-- the table; the latest decision is the centre's standing. lapse_notified_at marks the notice sent 90 days before.
create table centre_accreditation (
    id                uuid         primary key,
    centre_id         uuid         not null references training_centre (id),
    result            varchar(20)  not null check (result in ('ACCREDITED', 'NOT_ACCREDITED')),
    body              varchar(200) not null,
    decided_on        date         not null,
    valid_until       date,
    recorded_by       varchar(100) not null,
    recorded_at       timestamp with time zone not null,
    lapse_notified_at timestamp with time zone,
    check (result = 'NOT_ACCREDITED' or (valid_until is not null and valid_until > decided_on))
);

create index centre_accreditation_by_centre on centre_accreditation (centre_id, decided_on);
