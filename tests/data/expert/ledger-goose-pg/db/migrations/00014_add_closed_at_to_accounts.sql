-- +goose Up
ALTER TABLE accounts ADD COLUMN closed_at timestamptz;

-- +goose Down
ALTER TABLE accounts DROP COLUMN closed_at;
