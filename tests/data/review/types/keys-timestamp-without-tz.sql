-- One finding per table, listing its columns; timestamptz tables are fine.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    starts_at timestamp,
    ends_at timestamp without time zone
);
CREATE TABLE audits (id bigint PRIMARY KEY, at timestamptz);
-- expect: timestamp-without-tz events
