-- +goose Up
ALTER TABLE statement_versions ADD COLUMN checksum text;

-- +goose Down
ALTER TABLE statement_versions DROP COLUMN checksum;
