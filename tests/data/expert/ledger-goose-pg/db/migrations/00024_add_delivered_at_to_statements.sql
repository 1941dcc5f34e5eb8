-- +goose Up
ALTER TABLE statements ADD COLUMN delivered_at timestamptz;

-- +goose Down
ALTER TABLE statements DROP COLUMN delivered_at;
