-- +goose Up
CREATE INDEX api_credentials_last_used_at ON api_credentials (last_used_at);

-- +goose Down
DROP INDEX api_credentials_last_used_at;
