-- +goose Up
CREATE INDEX fx_rates_quote_observed ON fx_rates (quote, observed_at DESC);

-- +goose Down
DROP INDEX fx_rates_quote_observed;
