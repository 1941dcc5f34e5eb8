-- +goose Up
COMMENT ON TABLE api_credentials IS 'Machine credentials for the public API.';

-- +goose Down
COMMENT ON TABLE api_credentials IS NULL;
