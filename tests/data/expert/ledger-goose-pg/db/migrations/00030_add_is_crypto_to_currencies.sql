-- +goose Up
ALTER TABLE currencies ADD COLUMN is_crypto boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE currencies DROP COLUMN is_crypto;
