-- +goose Up
CREATE INDEX journal_entries_reference ON journal_entries (reference);

-- +goose Down
DROP INDEX journal_entries_reference;
