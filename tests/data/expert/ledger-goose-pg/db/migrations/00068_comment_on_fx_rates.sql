-- +goose Up
COMMENT ON TABLE fx_rates IS 'Mid-market rates as observed; never updated, only appended.';

-- +goose Down
COMMENT ON TABLE fx_rates IS NULL;
