DROP INDEX t_a;
DROP INDEX CONCURRENTLY t_b;
CREATE TABLE scratch (id bigint PRIMARY KEY, x text);
CREATE INDEX scratch_x ON scratch (x);
DROP INDEX scratch_x;
