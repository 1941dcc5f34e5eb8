-- expect-none: soft-fk
-- expect-none: fk-to-non-pk
-- Synapse-like near misses: users and devices exist but have no single-column key, so
-- user_id and device_id must not fall through to a longer-named table that happens to end
-- in _users or _devices; a multi-word prefix (user_directory_stale_remote_) is not an app
-- prefix; an FK to the unique key of a table without a primary key is its identity.
CREATE TABLE users (name text NOT NULL UNIQUE, created_ts bigint);
CREATE TABLE devices (user_id text NOT NULL, device_id text NOT NULL, PRIMARY KEY (user_id, device_id));
CREATE TABLE dehydrated_devices (user_id text PRIMARY KEY, device_id text NOT NULL);
CREATE TABLE user_directory_stale_remote_users (user_id text PRIMARY KEY, next_try_at_ts bigint);
CREATE TABLE threepid_validation_session (session_id text PRIMARY KEY, medium text);
CREATE TABLE device_inbox (user_id text NOT NULL, device_id text NOT NULL, stream_id bigint);
CREATE TABLE e2e_room_keys (user_id text NOT NULL, session_id text NOT NULL);
CREATE TABLE events (event_id text NOT NULL UNIQUE, room_id text);
CREATE TABLE redactions (redacts text REFERENCES events (event_id));
-- A column named after its own table is its natural or external key, not a self-reference.
CREATE TABLE account (id text PRIMARY KEY, account_id text NOT NULL, provider_id text);
CREATE TABLE "BackgroundJob" (id text PRIMARY KEY, "jobId" text NOT NULL);
