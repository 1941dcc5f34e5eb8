-- +goose Up
ALTER TABLE currencies ADD COLUMN symbol text;

-- +goose Down
ALTER TABLE currencies DROP COLUMN symbol;
