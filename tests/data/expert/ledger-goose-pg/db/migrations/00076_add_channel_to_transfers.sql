-- +goose Up
ALTER TABLE transfers ADD COLUMN channel text;

-- +goose Down
ALTER TABLE transfers DROP COLUMN channel;
