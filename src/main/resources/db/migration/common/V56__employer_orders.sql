-- Issue 31 (resolution IV.7d, "gắn kết chặt chẽ giữa đào tạo với nhu cầu thị trường"): training ordered by an employer
-- (đào tạo theo đặt hàng): a course run on an employer's order, the places ordered and how many the employer committed
-- to hire. At most one order a course.
create table course_order (
    course_id         uuid         primary key references course (id),
    employer_id       uuid         not null references employer (id),
    places            integer      not null check (places between 1 and 10000),
    hiring_commitment integer      not null check (hiring_commitment >= 0 and hiring_commitment <= places),
    recorded_by       varchar(100) not null,
    recorded_at       timestamp with time zone not null
);
