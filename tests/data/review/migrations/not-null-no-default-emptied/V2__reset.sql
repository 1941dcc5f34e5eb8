-- Emptied first: no row can make the NOT NULL column fail.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN user_id bigint NOT NULL;
-- Emptied, then written to again: it can fail.
TRUNCATE tokens;
INSERT INTO tokens (id) VALUES (1);
ALTER TABLE tokens ADD COLUMN kind text NOT NULL;
-- A DELETE with a WHERE leaves rows.
DELETE FROM users WHERE id < 0;
ALTER TABLE users ADD COLUMN plan text NOT NULL;
