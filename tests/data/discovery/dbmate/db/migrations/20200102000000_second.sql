-- a header comment before the up section
-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY users_name ON users (name);
-- migrate:down
DROP INDEX users_name;
