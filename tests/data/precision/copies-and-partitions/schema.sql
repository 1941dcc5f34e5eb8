CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    name text NOT NULL,
    properties jsonb NOT NULL DEFAULT '{}',
    source text NOT NULL,
    ip_address inet,
    user_agent text,
    occurred_at timestamptz NOT NULL
);

-- The rewrite's table; events is read until the backfill finishes.
CREATE TABLE events_v2 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    name text NOT NULL,
    properties jsonb NOT NULL DEFAULT '{}',
    source text NOT NULL,
    ip_address inet,
    user_agent text,
    occurred_at timestamptz NOT NULL
);

-- Monthly tables, created by a cron job before declarative partitioning.
CREATE TABLE metrics_2024_01 (
    series_id bigint NOT NULL,
    bucket timestamptz NOT NULL,
    count bigint NOT NULL,
    sum double precision NOT NULL,
    min double precision NOT NULL,
    max double precision NOT NULL,
    PRIMARY KEY (series_id, bucket)
);
CREATE TABLE metrics_2024_02 (
    series_id bigint NOT NULL,
    bucket timestamptz NOT NULL,
    count bigint NOT NULL,
    sum double precision NOT NULL,
    min double precision NOT NULL,
    max double precision NOT NULL,
    PRIMARY KEY (series_id, bucket)
);

CREATE TABLE measurements (
    sensor_id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision NOT NULL,
    unit text NOT NULL,
    quality smallint NOT NULL,
    PRIMARY KEY (sensor_id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_p2024_01 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE measurements_p2024_02 PARTITION OF measurements
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
