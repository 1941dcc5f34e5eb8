-- Half and half: no convention to hold a minority against.
-- expect-none: timestamp-inconsistent
CREATE TABLE a (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
CREATE TABLE b (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
CREATE TABLE c (id int PRIMARY KEY, created_at timestamp, updated_at timestamp);
CREATE TABLE d (id int PRIMARY KEY, created_at timestamp, updated_at timestamp);
