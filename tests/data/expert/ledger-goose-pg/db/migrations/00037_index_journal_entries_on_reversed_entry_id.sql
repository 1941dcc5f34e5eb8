-- +goose Up
CREATE INDEX journal_entries_reversed_entry_id ON journal_entries (reversed_entry_id);

-- +goose Down
DROP INDEX journal_entries_reversed_entry_id;
