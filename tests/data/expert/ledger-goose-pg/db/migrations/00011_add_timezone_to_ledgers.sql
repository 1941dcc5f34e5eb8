-- +goose Up
ALTER TABLE ledgers ADD COLUMN timezone text NOT NULL DEFAULT 'UTC';

-- +goose Down
ALTER TABLE ledgers DROP COLUMN timezone;
