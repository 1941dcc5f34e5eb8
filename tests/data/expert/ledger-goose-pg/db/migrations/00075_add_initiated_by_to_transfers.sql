-- +goose Up
ALTER TABLE transfers ADD COLUMN initiated_by text;

-- +goose Down
ALTER TABLE transfers DROP COLUMN initiated_by;
