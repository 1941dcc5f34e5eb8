-- +goose Up
ALTER TABLE fx_rates ADD COLUMN source text;

-- +goose Down
ALTER TABLE fx_rates DROP COLUMN source;
