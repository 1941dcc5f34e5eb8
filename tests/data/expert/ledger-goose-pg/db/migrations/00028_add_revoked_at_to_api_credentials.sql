-- +goose Up
ALTER TABLE api_credentials ADD COLUMN revoked_at timestamptz;

-- +goose Down
ALTER TABLE api_credentials DROP COLUMN revoked_at;
