CREATE TABLE a (id bigint PRIMARY KEY, name text);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint, name text);

-- The columns of a view or a table made from a query must be unique.
CREATE VIEW v1 AS SELECT 1 x, 2 x;
CREATE VIEW v2 AS SELECT 1, 2;
CREATE VIEW v3 (x, x) AS SELECT 1, 2;
CREATE VIEW v4 AS SELECT a.name, b.name FROM a JOIN b ON b.a_id = a.id;
CREATE TABLE t1 AS SELECT a.id, b.id FROM a JOIN b ON b.a_id = a.id;
CREATE MATERIALIZED VIEW m1 AS SELECT 1 x, 2 x;
SELECT 1 x, 2 x INTO t2;
-- Aliases decide the names.
CREATE VIEW v5 (first, second) AS SELECT a.name, b.name FROM a JOIN b ON b.a_id = a.id;
CREATE VIEW v6 AS SELECT a.name AS a_name, b.name AS b_name FROM a JOIN b ON b.a_id = a.id;
CREATE TABLE t3 (x, y) AS SELECT 1, 2;
SELECT 1 x, 2 y INTO t4;
