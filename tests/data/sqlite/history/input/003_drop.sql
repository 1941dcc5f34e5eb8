DROP INDEX agents_name;
CREATE INDEX agents_display ON agents (display_name) WHERE is_user_operator = 0;
-- Fails: the partial index still uses the column.
ALTER TABLE agents DROP COLUMN is_user_operator;
DROP INDEX agents_display;
ALTER TABLE agents DROP COLUMN is_user_operator;
