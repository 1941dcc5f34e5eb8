-- Before PostgreSQL 12 the validated CHECK does not spare the scan.
ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
