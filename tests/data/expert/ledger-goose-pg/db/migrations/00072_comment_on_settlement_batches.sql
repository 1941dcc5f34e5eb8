-- +goose Up
COMMENT ON TABLE settlement_batches IS 'Files exchanged with the bank each business day.';

-- +goose Down
COMMENT ON TABLE settlement_batches IS NULL;
