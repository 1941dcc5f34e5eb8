-- +goose Up
COMMENT ON TABLE transfers IS 'Money movement between two accounts of one ledger.';

-- +goose Down
COMMENT ON TABLE transfers IS NULL;
