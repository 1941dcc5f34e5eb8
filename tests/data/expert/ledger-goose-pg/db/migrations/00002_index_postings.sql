-- +goose Up
CREATE INDEX postings_journal_entry_id ON postings (journal_entry_id);
CREATE INDEX postings_account_id ON postings (account_id, created_at);

-- +goose Down
DROP INDEX postings_account_id;
DROP INDEX postings_journal_entry_id;
