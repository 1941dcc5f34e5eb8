-- +goose Up
ALTER TABLE ledgers ADD COLUMN archived_at timestamptz;

-- +goose Down
ALTER TABLE ledgers DROP COLUMN archived_at;
