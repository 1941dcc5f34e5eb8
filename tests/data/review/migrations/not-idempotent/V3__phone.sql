ALTER TABLE accounts ADD COLUMN IF NOT EXISTS phone text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_phone ON accounts (phone);
