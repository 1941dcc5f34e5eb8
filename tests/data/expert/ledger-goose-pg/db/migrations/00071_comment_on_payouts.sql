-- +goose Up
COMMENT ON TABLE payouts IS 'Outgoing bank transfers to account holders.';

-- +goose Down
COMMENT ON TABLE payouts IS NULL;
