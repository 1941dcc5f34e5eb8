-- +goose Up
ALTER TABLE transfers ADD COLUMN failure_reason text;

-- +goose Down
ALTER TABLE transfers DROP COLUMN failure_reason;
