-- File imports: each upload, and each of its rows that could not be imported. Progress and restart
-- points live in Spring Batch's own tables (V1), in the same transactions as the rows written.
create table import_run (
    id               uuid         primary key,
    kind             varchar(20)  not null check (kind in ('GRADUATES')),
    centre_id        uuid         references training_centre (id),
    file_name        varchar(255) not null,
    stored_path      varchar(500) not null,
    data_rows        integer      not null,
    uploaded_by      varchar(60)  not null,
    uploaded_at      timestamp with time zone not null,
    job_execution_id bigint
);

create index import_run_by_centre on import_run (centre_id, uploaded_at);

create table import_error (
    import_id   uuid         not null references import_run (id),
    source_row  integer      not null,
    column_name varchar(40)  not null,
    cell_value  varchar(300),
    reason_key  varchar(80)  not null,
    constraint import_error_once primary key (import_id, source_row, column_name)
);
