-- +goose Up
COMMENT ON TABLE accounts IS 'Chart of accounts; a parent groups sub-accounts for reporting.';

-- +goose Down
COMMENT ON TABLE accounts IS NULL;
