-- The double dot before the extension makes golang-migrate ignore this file.
ALTER TABLE users ADD COLUMN email text;
