-- A log table without any key, a join table keyed only by a unique constraint, and
-- tables with primary keys.
-- expect: table-no-pk events
-- expect: table-no-pk post_tags
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    UNIQUE (post_id, tag_id)
);
CREATE TABLE events (name text NOT NULL, payload jsonb, happened_at timestamptz NOT NULL);
CREATE TABLE measurements (
    city_id bigint NOT NULL, logdate date NOT NULL, peak integer,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
-- A partition: its parent speaks for it.
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
