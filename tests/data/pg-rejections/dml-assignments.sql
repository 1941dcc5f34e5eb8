CREATE TYPE pair AS (x integer, y integer);
CREATE TABLE k (id integer PRIMARY KEY, a integer, b integer, p pair, arr integer[]);
CREATE TABLE j (id integer PRIMARY KEY);
CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa integer);

-- Several assignments to one column.
UPDATE k SET a = 1, a = 2;
UPDATE k SET (a, b) = (1, 2), a = 3;
UPDATE k SET p = ROW(1, 2), p.x = 1;
UPDATE k SET a = 1, A = 2;
UPDATE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa SET aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaax = 1, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaay = 2;
INSERT INTO k (id, a, a) VALUES (1, 2, 3);
INSERT INTO k (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1, a = 2;
MERGE INTO k USING j ON k.id = j.id WHEN MATCHED THEN UPDATE SET a = 1, a = 2;
MERGE INTO k USING j ON k.id = j.id WHEN NOT MATCHED THEN INSERT (id, a, a) VALUES (j.id, 1, 2);
-- Different fields or elements of one column are fine.
UPDATE k SET p.x = 1, p.y = 2;
UPDATE k SET arr[1] = 1, arr[2] = 2;
INSERT INTO k (id, p.x, p.y) VALUES (2, 1, 2);
UPDATE k SET a = 1, b = 2;
