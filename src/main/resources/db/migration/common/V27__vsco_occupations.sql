-- Vietnam's own occupation classification, VSCO 2020 (Quyết định 34/2020/QĐ-TTg), becomes the occupation list
-- (loaded by V28, VscoOccupationsMigration). An English title exists only where ISCO-08 has the same code with the
-- same meaning; ISCO-08 codes VSCO lacks stay (vsco false) for the records that already use them.
alter table occupation alter column title_en drop not null;
alter table occupation add column vsco boolean default false not null;
alter table occupation alter column title_vi set data type varchar(400);

-- The job titles listed under VSCO 2020's level-4 codes: the words people type, not codes to store.
create table occupation_title (
    code     varchar(4)   not null references occupation (code),
    title_vi varchar(200) not null
);
create index occupation_title_by_code on occupation_title (code);
