-- +goose Up
COMMENT ON TABLE fees IS 'Charges taken on a transfer; in the transfer's currency.';

-- +goose Down
COMMENT ON TABLE fees IS NULL;
