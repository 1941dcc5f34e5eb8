ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
-- The index built first, without blocking writes, then attached.
CREATE UNIQUE INDEX CONCURRENTLY users_handle_idx ON users (handle);
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE USING INDEX users_handle_idx;
CREATE TABLE teams (id bigint, slug text);
ALTER TABLE teams ADD PRIMARY KEY (id);
