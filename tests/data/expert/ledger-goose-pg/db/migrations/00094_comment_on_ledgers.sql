-- +goose Up
COMMENT ON TABLE ledgers IS 'One book per customer entity; accounts never cross ledgers.';

-- +goose Down
COMMENT ON TABLE ledgers IS NULL;
