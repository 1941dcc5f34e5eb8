-- +goose Up
ALTER TABLE payouts ADD COLUMN failure_code text;

-- +goose Down
ALTER TABLE payouts DROP COLUMN failure_code;
