-- +goose Up
ALTER TABLE payouts ADD COLUMN scheduled_for date;

-- +goose Down
ALTER TABLE payouts DROP COLUMN scheduled_for;
