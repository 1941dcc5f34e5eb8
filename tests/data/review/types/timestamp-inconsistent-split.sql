-- Half and half: no outliers to point at, one finding for the schema naming the weaker side.
-- expect: timestamp-inconsistent public
CREATE TABLE a (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
CREATE TABLE b (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
CREATE TABLE c (id int PRIMARY KEY, created_at timestamp, updated_at timestamp);
CREATE TABLE d (id int PRIMARY KEY, created_at timestamp, updated_at timestamp);
