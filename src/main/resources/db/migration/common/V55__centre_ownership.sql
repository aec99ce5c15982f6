-- Issue 31 (resolution IV.7d, "xã hội hóa giáo dục nghề nghiệp, khuyến khích khu vực tư nhân và các doanh nghiệp tham
-- gia đào tạo"): who owns a training centre. Centres recorded before this say nothing until the department sets it.
alter table training_centre add column ownership varchar(20);
alter table training_centre add constraint training_centre_ownership_known
    check (ownership in ('PUBLIC', 'PRIVATE', 'ENTERPRISE', 'FOREIGN_INVESTED'));
