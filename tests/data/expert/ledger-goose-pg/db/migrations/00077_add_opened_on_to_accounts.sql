-- +goose Up
ALTER TABLE accounts ADD COLUMN opened_on date;

-- +goose Down
ALTER TABLE accounts DROP COLUMN opened_on;
