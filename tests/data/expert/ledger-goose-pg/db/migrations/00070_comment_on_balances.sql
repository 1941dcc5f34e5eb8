-- +goose Up
COMMENT ON TABLE balances IS 'Materialised balance per account, refreshed by the posting worker.';

-- +goose Down
COMMENT ON TABLE balances IS NULL;
