-- +goose Up
ALTER TABLE balances ADD COLUMN pending_amount numeric(20, 4) NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE balances DROP COLUMN pending_amount;
