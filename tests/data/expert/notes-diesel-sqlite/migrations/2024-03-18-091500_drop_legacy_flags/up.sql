-- legacy_flags was never read after the 0.4 import
ALTER TABLE notes DROP COLUMN legacy_flags;
