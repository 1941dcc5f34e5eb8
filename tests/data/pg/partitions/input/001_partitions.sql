CREATE TABLE measurements (
    id bigint NOT NULL,
    device_id int NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
CREATE TABLE measurements_2025 (LIKE measurements);
ALTER TABLE measurements ATTACH PARTITION measurements_2025
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE by_region (id int, region text) PARTITION BY LIST (region);
CREATE TABLE by_region_eu PARTITION OF by_region FOR VALUES IN ('de', 'fr');
CREATE TABLE hashed (id int) PARTITION BY HASH (id);
CREATE TABLE hashed_0 PARTITION OF hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
ALTER TABLE measurements ADD COLUMN unit text;
CREATE TABLE not_partitioned (id int);
CREATE TABLE bad_partition PARTITION OF not_partitioned DEFAULT;
