-- Issue 31 (resolution IV.7a, "chú trọng đào tạo kỹ năng số, kỹ năng công nghệ"): which courses teach digital and
-- technology skills. The department keeps the definition: the VSCO 2020 groups whose courses count (the default the
-- issue names: sub-major groups 25, ICT professionals, and 35, ICT technicians), and a centre may mark any other course
-- of its own, giving the reason (office software in a tailoring course, say).
create table digital_skill_group (
    occupation_code varchar(4) primary key,
    added_at        timestamp with time zone not null
);

insert into digital_skill_group (occupation_code, added_at) values ('25', current_timestamp), ('35', current_timestamp);

create table digital_course (
    course_id  uuid          primary key references course (id),
    reason     varchar(500)  not null,
    marked_by  varchar(100)  not null,
    marked_at  timestamp with time zone not null
);
