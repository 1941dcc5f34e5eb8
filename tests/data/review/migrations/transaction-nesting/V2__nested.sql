-- Flyway already runs this file in a transaction.
BEGIN;
CREATE TABLE b (id bigint PRIMARY KEY);
COMMIT;
