-- How far each Elasticsearch projection has caught up with the register: the last change it has indexed.
create table projection_watermark (
    projection varchar(40) primary key,
    caught_up  timestamp with time zone not null
);
