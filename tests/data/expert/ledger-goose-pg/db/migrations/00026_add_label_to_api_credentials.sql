-- +goose Up
ALTER TABLE api_credentials ADD COLUMN label text;

-- +goose Down
ALTER TABLE api_credentials DROP COLUMN label;
