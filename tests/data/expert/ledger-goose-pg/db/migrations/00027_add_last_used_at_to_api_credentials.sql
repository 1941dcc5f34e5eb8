-- +goose Up
ALTER TABLE api_credentials ADD COLUMN last_used_at timestamptz;

-- +goose Down
ALTER TABLE api_credentials DROP COLUMN last_used_at;
