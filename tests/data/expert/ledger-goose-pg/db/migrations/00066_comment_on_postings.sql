-- +goose Up
COMMENT ON TABLE postings IS 'Double-entry lines; the postings of a journal entry sum to zero per currency.';

-- +goose Down
COMMENT ON TABLE postings IS NULL;
