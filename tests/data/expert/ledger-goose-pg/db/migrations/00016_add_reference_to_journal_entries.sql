-- +goose Up
ALTER TABLE journal_entries ADD COLUMN reference text;

-- +goose Down
ALTER TABLE journal_entries DROP COLUMN reference;
