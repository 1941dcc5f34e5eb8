-- +goose Up
ALTER TABLE journal_entries ADD COLUMN source text;

-- +goose Down
ALTER TABLE journal_entries DROP COLUMN source;
