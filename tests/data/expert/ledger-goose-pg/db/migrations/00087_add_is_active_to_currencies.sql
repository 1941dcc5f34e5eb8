-- +goose Up
ALTER TABLE currencies ADD COLUMN is_active boolean NOT NULL DEFAULT true;

-- +goose Down
ALTER TABLE currencies DROP COLUMN is_active;
