CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE 'happy';
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
ALTER TYPE mood RENAME VALUE 'meh' TO 'neutral';
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE address AS (street text, city text);
CREATE TABLE people (id int PRIMARY KEY, feeling mood DEFAULT 'ok', moods mood[], mail email);
CREATE VIEW happy_people AS SELECT id FROM people WHERE feeling = 'happy';
CREATE OR REPLACE VIEW happy_people AS SELECT id, mail FROM people WHERE feeling = 'happy';
CREATE MATERIALIZED VIEW mood_counts AS SELECT feeling, count(*) AS n FROM people GROUP BY feeling;
CREATE UNIQUE INDEX mood_counts_feeling ON mood_counts (feeling);
CREATE VIEW to_drop AS SELECT 1 AS one;
DROP VIEW to_drop;
COMMENT ON TYPE mood IS 'How someone feels';
COMMENT ON VIEW happy_people IS 'Only the happy ones';
-- A WITH name is a relation in both branches of the UNION under it (Lemmy's post_view).
CREATE VIEW feelings_twice AS
WITH felt AS (SELECT feeling FROM mood_counts)
SELECT feeling FROM felt UNION ALL SELECT feeling FROM felt;
