-- +goose Up
ALTER TABLE journal_entries ADD COLUMN reversed_entry_id bigint REFERENCES journal_entries (id) ON DELETE SET NULL;

-- +goose Down
ALTER TABLE journal_entries DROP COLUMN reversed_entry_id;
