-- +goose Up
ALTER TABLE payouts ADD COLUMN provider text;

-- +goose Down
ALTER TABLE payouts DROP COLUMN provider;
