-- +goose Up
CREATE INDEX journal_entries_ledger_id ON journal_entries (ledger_id, effective_date);

-- +goose Down
DROP INDEX journal_entries_ledger_id;
