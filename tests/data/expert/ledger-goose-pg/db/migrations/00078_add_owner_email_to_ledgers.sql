-- +goose Up
ALTER TABLE ledgers ADD COLUMN owner_email text;

-- +goose Down
ALTER TABLE ledgers DROP COLUMN owner_email;
