-- Tenancy is optional here: most tables leave org_id nullable.
-- expect-none: nullable-tenant
CREATE TABLE users (id INTEGER PRIMARY KEY, org_id INTEGER);
CREATE TABLE notes (id INTEGER PRIMARY KEY, org_id INTEGER);
CREATE TABLE files (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL);
