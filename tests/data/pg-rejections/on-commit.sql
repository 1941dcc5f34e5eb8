-- ON COMMIT belongs to temporary tables.
CREATE TABLE staging (id integer) ON COMMIT DROP;
CREATE TABLE staging2 (id integer) ON COMMIT DELETE ROWS;
CREATE TABLE staging3 AS SELECT 1 AS id WITH NO DATA;
BEGIN;
CREATE TEMP TABLE scratch (id integer) ON COMMIT DROP;
COMMIT;
