-- The register's version (PostgreSQL advances it by triggers; on the embedded H2 the counts are made for every view).
create sequence register_version;
