-- UUIDs in text: devices.id (varchar(36)), devices.owner_uuid (name), sessions.id (a uuid
-- default cast to text). accounts uses uuid; external_id is some other identifier.
-- expect: uuid-as-text devices.id
-- expect: uuid-as-text devices.owner_uuid
-- expect: uuid-as-text sessions.id
CREATE TABLE accounts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), external_id varchar(64));
CREATE TABLE devices (id varchar(36) PRIMARY KEY, owner_uuid text NOT NULL, serial varchar(36));
CREATE TABLE sessions (id text PRIMARY KEY DEFAULT gen_random_uuid()::text, token text);
