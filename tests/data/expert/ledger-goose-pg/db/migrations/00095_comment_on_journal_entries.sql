-- +goose Up
COMMENT ON TABLE journal_entries IS 'A balanced set of postings with one effective date.';

-- +goose Down
COMMENT ON TABLE journal_entries IS NULL;
