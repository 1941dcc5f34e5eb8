-- schemalens-ignore drop-column: the profile service stopped reading it in release 42
ALTER TABLE users DROP COLUMN nickname;
-- schemalens-ignore rename-table: kept from an older version of this migration
ALTER TABLE users ADD COLUMN IF NOT EXISTS locale text;
-- schemalens-ignore-file no-such-rule: a typo
ALTER TABLE users DROP COLUMN bio;
