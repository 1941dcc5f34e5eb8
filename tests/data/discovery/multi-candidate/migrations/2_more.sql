-- +goose Up
ALTER TABLE t ADD COLUMN x int;
-- +goose Down
ALTER TABLE t DROP COLUMN x;
